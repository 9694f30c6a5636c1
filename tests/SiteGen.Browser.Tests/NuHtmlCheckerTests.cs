namespace SiteGen.Browser.Tests;

/// <summary>The Nu HTML Checker over every HTML file and the CSS of the sample site, as <c>sitegen audit</c> runs it.</summary>
public sealed class NuHtmlCheckerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Nu_html_checker_reports_no_errors()
    {
        var result = await NuHtmlChecker.CheckSiteAsync(TestPaths.Java, TestPaths.VnuJar, TestPaths.SiteRoot);

        Assert.Null(result.Failure);
        Assert.True(result.HtmlFiles > 0 && result.CssFiles > 0, $"{result.HtmlFiles} HTML and {result.CssFiles} CSS files checked");
        foreach (var m in result.Messages.Where(m => !m.IsError))
        {
            output.WriteLine(m.ToString());
        }

        Report.NoProblems("(all pages)", AuditCheck.Html.Name, result.Errors.Select(m => m.ToString()));
    }
}
