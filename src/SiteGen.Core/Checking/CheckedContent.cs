using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Validation;

namespace SiteGen.Checking;

/// <summary>
/// A content folder after <see cref="ContentChecker"/>: the site config, what every record contributes to
/// the site (the records themselves are not kept), every problem found, and how much is translated.
/// </summary>
/// <param name="Config">Null when <c>site.yaml</c> is missing or wrong; nothing can be built then.</param>
/// <param name="ConfigHash">A hash of <c>site.yaml</c>'s bytes, an input of every page.</param>
/// <param name="Records">Every record that could be read, valid or not, in file order.</param>
/// <param name="FilesRead"><c>site.yaml</c> and every record file.</param>
public sealed record CheckedContent(
    SiteConfig? Config,
    string ConfigHash,
    IReadOnlyList<RecordEntry> Records,
    DiagnosticBag Diagnostics,
    IReadOnlyList<LanguageCoverage> Coverage,
    int FilesRead)
{
    public bool HasErrors => Config is null || Diagnostics.HasErrors;

    /// <summary>The records without errors: the ones a build renders.</summary>
    public IEnumerable<RecordEntry> ValidRecords => Records.Where(r => r.IsValid);
}
