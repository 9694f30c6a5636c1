namespace SiteGen.Browser.Tests;

/// <summary>
/// The site under test has exactly the pages the sample content calls for, so no page escapes the checks.
/// (With SITEGEN_SITE_DIR the site is one built elsewhere; it must still be the sample's.)
/// </summary>
public sealed class SiteBuildTests
{
    [Fact]
    public void EveryBuiltPage_IsChecked()
    {
        var built = Directory.EnumerateFiles(TestPaths.SiteRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.SiteRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(TestPaths.SamplePages(), built);
    }
}
