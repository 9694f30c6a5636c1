using SiteGen.Loading;

namespace SiteGen.Auditing;

/// <summary>What <see cref="SiteAuditor"/> audits, with what, and how it names files.</summary>
/// <param name="Site">The built site's folder.</param>
/// <param name="Display">Shows the pages' paths in diagnostics (relative to the current folder for the command line).</param>
public sealed record AuditOptions(string Site, AuditTools Tools, PathDisplay Display)
{
    /// <summary>The site's <c>base_url</c>; null to read it from the site (<see cref="SiteFolder.PublicBaseUrl"/>).</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>The pages to audit, relative to the site; null for all of them.</summary>
    public IReadOnlyList<string>? Pages { get; init; }

    /// <summary>Told the path of each page once it is audited.</summary>
    public IProgress<string>? Progress { get; init; }
}
