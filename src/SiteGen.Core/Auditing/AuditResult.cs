using SiteGen.Diagnostics;

namespace SiteGen.Auditing;

/// <summary>What an audit found, in page order: every problem is an error; none means the site passes the gate.</summary>
public sealed record AuditResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int CssFiles)
{
    public bool Passed => !Diagnostics.Any(d => d.IsError);
}
