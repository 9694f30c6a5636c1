namespace SiteGen.Browser.Tests;

/// <summary>The pages the browser checks are exactly the pages the build wrote.</summary>
public sealed class SiteBuildTests
{
    [Fact]
    public void EveryBuiltPage_IsChecked()
    {
        var built = Directory.EnumerateFiles(TestPaths.SiteRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.SiteRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(TestPaths.Pages(), built);
    }
}
