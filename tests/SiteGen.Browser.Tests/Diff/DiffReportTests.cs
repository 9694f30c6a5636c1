namespace SiteGen.Browser.Tests.Diff;

/// <summary>The HTML diff report passes the same gate as the site's pages, in light, dark and at 375 px.</summary>
[Collection(DiffReportCollection.Name)]
public sealed class DiffReportTests(DiffReportFixture report, ITestOutputHelper output)
{
    public static TheoryData<Variant> Variants => [Variant.Light, Variant.Dark, Variant.Narrow];

    [Theory, MemberData(nameof(Variants))]
    public async Task The_report_has_no_accessibility_violations_requests_nothing_and_fits_the_screen(Variant variant)
    {
        Directory.CreateDirectory(TestPaths.ScreenshotDir);
        var shot = Path.Combine(TestPaths.ScreenshotDir, $"diff-report-{variant.ToString().ToLowerInvariant()}.png");

        var r = await PageReport.InspectAsync(report, DiffReportFixture.Report, variant, shot);

        Report.NoProblems(DiffReportFixture.Report, $"axe ({variant.Describe()})", r.Axe.Select(v => v.ToString()));
        Report.NoProblems(DiffReportFixture.Report, "requests", [.. r.ForeignRequests, .. r.FailedRequests, .. r.ErrorResponses, .. r.ConsoleErrors, .. r.PageErrors]);
        Assert.True(r.ScrollWidth <= r.ClientWidth, $"scrolls horizontally at {variant.Width()}px: {string.Join(", ", r.Overflowing)}");
        Assert.True(File.Exists(shot));
        output.WriteLine($"screenshot: {shot}");
    }

    [Fact]
    public async Task The_report_is_valid_html()
    {
        var result = await NuHtmlChecker.RunAsync(TestPaths.Java, TestPaths.VnuJar, report.Root, [], [Path.Combine(report.Root, DiffReportFixture.Report)]);

        Assert.Null(result.Failure);
        foreach (var m in result.Messages.Where(m => !m.IsError))
        {
            output.WriteLine(m.ToString());
        }

        Report.NoProblems(DiffReportFixture.Report, AuditCheck.Html.Name, result.Errors.Select(m => m.ToString()));
    }

    [Fact]
    public async Task Every_before_and_after_link_opens_the_page_on_its_side()
    {
        var links = report.Diff.Differences.Count(d => d.Change != SiteGen.Comparing.ChangeKind.Unchanged);
        await using var visit = await PageVisit.OpenAsync(report, DiffReportFixture.Report);
        var hrefs = await visit.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.links a')].map(a => a.href)");

        Assert.True(hrefs.Length >= links, $"{hrefs.Length} links for {links} outputs");
        foreach (var href in hrefs)
        {
            using var response = await report.Http.GetAsync(href);
            Assert.True(response.IsSuccessStatusCode, $"{href}: HTTP {(int)response.StatusCode}");
        }

        Assert.Contains(report.Diff.Outputs, o => o.Change == SiteGen.Comparing.ChangeKind.Removed);
    }
}
