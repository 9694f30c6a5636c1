using SiteGen.Loading;

namespace SiteGen.Browser.Tests.Auditing;

/// <summary>The whole gate at once, as <c>sitegen audit</c> runs it, on the sample site the other tests check one check at a time.</summary>
[Collection(SiteCollection.Name)]
public sealed class SiteAuditTests(SiteFixture site)
{
    [Fact]
    public async Task The_audit_of_the_sample_site_finds_nothing()
    {
        // The fixture's site, so the pages the other tests loaded are not loaded again.
        var result = await SiteAuditor.AuditAsync(site, TestPaths.Tools, new PathDisplay(TestPaths.SiteRoot));

        Assert.Equal(TestPaths.Pages().Count, result.Pages);
        Assert.True(result.CssFiles > 0);
        Report.NoProblems("(all pages)", "sitegen audit", result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format));
    }
}
