using SiteGen.Diagnostics;
using SiteGen.Validation;

namespace SiteGen.Building;

/// <summary>What a build did. When <see cref="Succeeded"/> is false nothing in the output folder changed.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int FilesChecked,
    int Pages,
    int Reports,
    IReadOnlyList<LanguageCoverage> Coverage)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Razor templates loaded already compiled from the cache.</summary>
    public int TemplatesFromCache { get; init; }

    /// <summary>Whether an interrupting signal (Ctrl+C, SIGTERM) arrived while the site was moved into place; it was held off until the move finished.</summary>
    public bool Interrupted { get; init; }
}
