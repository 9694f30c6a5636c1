using SiteGen.Comparing;
using SiteGen.Comparing.Reports;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Comparing;

/// <summary>
/// Two builds of the sample site compared, as <c>sitegen diff</c> compares them: every output classified,
/// and what a reader sees of each change.
/// </summary>
public sealed class SiteComparerTests : IDisposable
{
    private const string Record = "content/experiments/02-controllers/2.1-statefulset.yaml";

    private readonly Workspace _workspace = Workspace.OfRepository();

    [Fact]
    public void AnEnglishTitleEdited_ChangesThatExperimentsEnglishOutputs_TheIndex_AndThePagesLinkingToItByTitle_ItsNextExperimentsPagerToo()
    {
        var diff = Compare(() => _workspace.Edit(Record, "en: \"StatefulSet: stateful applications\"", "en: \"StatefulSet: pods with stable names\""));

        // The Chinese side-by-side pages of 2.1 and of 4.1 (which names 2.1 as a follow-up) show the English text too.
        Assert.Equal(
            ["en/02-controllers/2.1-statefulset/index.html", "en/02-controllers/2.1-statefulset/parallel.html", "en/02-controllers/2.1-statefulset/report.md",
             "en/02-controllers/2.2-deployment-rolling-update/index.html",
             "en/04-storage/4.1-pv-pvc/index.html", "en/04-storage/4.1-pv-pvc/parallel.html", "en/04-storage/4.1-pv-pvc/report.md", "en/index.html",
             "en/tags/headless-service/index.html", "en/tags/pvc/index.html", "en/tags/statefulset/index.html", "en/tags/storage/index.html",
             "zh/02-controllers/2.1-statefulset/parallel.html", "zh/04-storage/4.1-pv-pvc/parallel.html"],
            diff.Differences.Select(o => o.Path));
        Assert.All(diff.Differences, o => Assert.Equal(ChangeKind.Changed, o.Change));
        var page = diff.Differences.First();
        var title = Assert.Single(page.Visible!.Lines, l => l.Change == LineChange.Modified && l.NewText.StartsWith("# ", StringComparison.Ordinal));
        Assert.Equal("# StatefulSet: pods with stable names", title.NewText);
        Assert.Equal(["pods with stable", "names"], ChangedRuns(title.New)); // the space before "names" is the old one
        Assert.Contains("| changed | 12 | 2 | 0 | 14 |", MarkdownDiffReport.Write(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseText_IsComparedCharacterByCharacter()
    {
        var diff = Compare(() => _workspace.Edit(Record, "部署一个三副本的 StatefulSet", "部署一个五副本的 StatefulSet"));

        var line = diff.Differences.SelectMany(o => o.Visible!.Lines).First(l => l.Change == LineChange.Modified);
        Assert.Equal(["三"], ChangedRuns(line.Old));
        Assert.Equal(["五"], ChangedRuns(line.New));
    }

    [Fact]
    public void ADeletedRecord_ShowsItsOutputsRemoved()
    {
        var diff = Compare(() => File.Delete(_workspace.PathOf("content/experiments/02-controllers/2.2-deployment-rolling-update.yaml")));

        Assert.Equal(
            ["en/02-controllers/2.2-deployment-rolling-update/index.html", "en/02-controllers/2.2-deployment-rolling-update/parallel.html",
             "en/02-controllers/2.2-deployment-rolling-update/report.md",

             // Its resource files, which no other record lists, are no longer published.
             "files/experiments/02-controllers/curl-test.yaml", "files/experiments/02-controllers/deployment-rolling.yaml",
             "zh/02-controllers/2.2-deployment-rolling-update/index.html",
             "zh/02-controllers/2.2-deployment-rolling-update/parallel.html", "zh/02-controllers/2.2-deployment-rolling-update/report.md"],
            diff.Outputs.Where(o => o.Change == ChangeKind.Removed && !o.Path.Contains("/tags/", StringComparison.Ordinal)).Select(o => o.Path).Order(StringComparer.Ordinal));
        // The five tags only 2.2 has lose their pages, in both languages.
        Assert.Equal(10, diff.Outputs.Count(o => o.Change == ChangeKind.Removed && o.Path.Contains("/tags/", StringComparison.Ordinal)));
        Assert.Contains(diff.Outputs, o => o.Change == ChangeKind.Removed && o.Path == "en/tags/rollback/index.html");
        Assert.Equal(0, diff.Count(ChangeKind.Added));
    }

    [Fact]
    public void ATemplateChange_ChangesEveryPage()
    {
        var diff = Compare(() => _workspace.Edit("templates/html/_Layout.cshtml", "</main>", "<p>Printed for review</p></main>"));

        var pages = diff.Outputs.Where(o => o.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Equal(ChangeKind.Changed, p.Change));
        var reports = diff.Outputs.Where(o => o.Path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Equal(ChangeKind.Unchanged, r.Change));
        Assert.All(pages, p => Assert.Contains(p.Visible!.Lines, l => l.Change == LineChange.Inserted && l.NewText == "Printed for review"));
    }

    [Fact]
    public void IdenticalBuilds_HaveNoChange()
    {
        var diff = Compare(() => { });

        Assert.False(diff.HasChanges);
        Assert.NotEmpty(diff.Outputs);
        Assert.Equal(diff.Outputs.Count, diff.Count(ChangeKind.Unchanged));
        Assert.EndsWith("No output changed.\n", MarkdownDiffReport.Write(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeOnlyInMarkup_ChangesTheRawDiff_NotWhatAReaderSees()
    {
        var diff = Compare(() => _workspace.Edit("templates/html/_Layout.cshtml", "<main", "<main data-review=\"1\""));

        var page = diff.Differences.First(o => o.Path.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(page.Raw!.HasChanges);
        Assert.False(page.Visible!.HasChanges);
    }

    [Fact]
    public void TheHtmlReport_IsOnePageThatLoadsNothing_AndLinksBothSides()
    {
        var diff = Compare(() => _workspace.Edit(Record, "en: \"StatefulSet: stateful applications\"", "en: \"StatefulSet: pods with stable names\""));

        var html = HtmlDiffReport.Write(diff, _workspace.Root, _workspace.PathOf("old"), _workspace.PathOf("new"));

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"old/en/02-controllers/2.1-statefulset/index.html\">before</a>", html, StringComparison.Ordinal);
        Assert.Contains("# StatefulSet: <ins>pods with stable</ins> <ins>names</ins>", html, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private SiteDiff Compare(Action change)
    {
        var (before, beforeReport) = Builds.Run(_workspace, _workspace.PathOf("old"));
        Assert.True(before.Succeeded, beforeReport);
        change();
        var (after, afterReport) = Builds.Run(_workspace, _workspace.PathOf("new"));
        Assert.True(after.Succeeded, afterReport);
        return SiteComparer.Compare(BuiltSite.Read(_workspace.PathOf("old")), BuiltSite.Read(_workspace.PathOf("new")), "old", "new");
    }

    private static IEnumerable<string> ChangedRuns(IReadOnlyList<DiffRun> runs) => runs.Where(r => r.Changed).Select(r => r.Text);
}
