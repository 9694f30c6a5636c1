using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>Everything read from a content folder: the site config, the records and what was wrong.</summary>
public sealed record ContentSet(
    SiteConfig? Config,
    IReadOnlyList<LoadedRecord> Records,
    IReadOnlyList<Diagnostic> Diagnostics,
    int FilesRead)
{
    public bool HasErrors => Config is null || Diagnostics.Any(d => d.IsError);

    /// <summary>The records without errors, in file order.</summary>
    public IEnumerable<LoadedRecord> ValidRecords => Records.Where(r => r.IsValid);
}
