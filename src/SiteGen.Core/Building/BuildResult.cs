using SiteGen.Diagnostics;
using SiteGen.Validation;

namespace SiteGen.Building;

/// <summary>What a build did. When <see cref="Succeeded"/> is false nothing in the output folder changed.</summary>
/// <param name="Pages">HTML pages in the site.</param>
/// <param name="Reports">Markdown reports in the site.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int FilesChecked,
    int Pages,
    int Reports,
    IReadOnlyList<LanguageCoverage> Coverage)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The site's other files written from its content: the sitemap and <c>robots.txt</c>.</summary>
    public int OtherFiles { get; init; }

    /// <summary>Files records name that the site publishes (images, their smaller copies, resources), written or kept.</summary>
    public int Published { get; init; }

    /// <summary>Files of pages, reports and other files rendered by this build.</summary>
    public int Rendered { get; init; }

    /// <summary>Files of pages, reports and other files kept from the previous build, because nothing they are made from changed.</summary>
    public int Reused { get; init; }

    /// <summary>The site's files this build wrote or removed, relative to the output folder with '/': empty when nothing changed.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];

    /// <summary>Diagrams drawn in a browser by this build (the others were in the cache): 0 means no browser was started.</summary>
    public int DiagramsDrawn { get; init; }

    /// <summary>Razor templates loaded already compiled from the cache.</summary>
    public int TemplatesFromCache { get; init; }

    /// <summary>How long each stage took (check, plan, compare, render, write), for <c>--timings</c> and the benchmarks.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Time)> Timings { get; init; } = [];

    /// <summary>Whether an interrupting signal (Ctrl+C, SIGTERM) arrived while the site was moved into place; it was held off until the move finished.</summary>
    public bool Interrupted { get; init; }
}
