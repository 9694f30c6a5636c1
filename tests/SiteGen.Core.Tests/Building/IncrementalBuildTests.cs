using System.Text.RegularExpressions;
using CsCheck;
using SiteGen.Building;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// A build that reuses what the last one wrote gives exactly the bytes of a clean build, whatever was
/// edited in between, and renders only the pages the edit touched.
/// </summary>
public sealed partial class IncrementalBuildTests
{
    private const string Record = "content/experiments/02-controllers/2.1-statefulset.yaml";

    /// <summary>The kinds of edit an author makes between two builds.</summary>
    private enum Edit
    {
        Title,
        Body,
        AddRecord,
        RemoveRecord,
        RenameChapter,
        Template,
        ReportTemplate,
        UiString,
        Done,
        Date,
        BaseUrl,
        TagName,
    }

    [Fact]
    public void AfterAnyEdits_AnIncrementalBuild_WritesExactlyWhatACleanBuildWrites()
    {
        var edits = Gen.Select(Gen.Enum<Edit>(), Gen.Int[1, 1000]).Array[1, 5];
        edits.Sample(sequence =>
        {
            using var workspace = Workspace.OfRepository();
            var cache = workspace.PathOf("cache");
            Assert.True(Build(workspace, cache).Succeeded);
            foreach (var (edit, n) in sequence)
            {
                Apply(workspace, edit, n);
                var before = Workspace.Snapshot(workspace.Site);
                var (incremental, report) = Builds.Run(workspace, cacheDirectory: cache);
                Assert.True(incremental.Succeeded, $"{edit} {n}: {report}");
                Assert.Equal(Differences(before, Workspace.Snapshot(workspace.Site)), incremental.Changed);
                AssertSameAsCleanBuild(workspace, $"after {string.Join(", ", sequence.Select(s => $"{s.Item1} {s.Item2}"))}");
            }
        }, iter: LongRuns.Enabled ? 200 : 6, threads: 1);
    }

    /// <summary>The files added, changed or removed between two snapshots of a site, but for its manifest.</summary>
    private static List<string> Differences(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after) =>
        [.. before.Keys.Union(after.Keys)
            .Where(f => f != OutputManifest.FileName)
            .Where(f => !before.TryGetValue(f, out var old) || !after.TryGetValue(f, out var now) || !old.AsSpan().SequenceEqual(now))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void NothingChanged_RendersNothing_AndTouchesNoFile()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        var first = Build(workspace, cache);
        var written = Times(workspace.Site);

        var second = Build(workspace, cache);

        // 6 experiment pages and 6 reports, 6 side-by-side pages, 2 indexes, the root, 2 tag indexes and 28 tag
        // pages (14 tags), 3 404 pages, the sitemap and robots.txt.
        Assert.Equal((56, 0), (first.Rendered, first.Reused));
        Assert.Equal((0, 56), (second.Rendered, second.Reused));
        Assert.Empty(second.Changed);
        Assert.Equal(written, Times(workspace.Site));
    }

    [Fact]
    public void OneRecordEdited_RendersOnlyItsPagesAndReports()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        var before = Workspace.Snapshot(workspace.Site);

        Rewrite(workspace.PathOf(Record), ReplicasLine(), "replicas=5", count: -1);
        var result = Build(workspace, cache);

        Assert.Equal((6, 50), (result.Rendered, result.Reused));
        var after = Workspace.Snapshot(workspace.Site);
        var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key)
            .Concat(before.Keys.Where(f => !after.ContainsKey(f)))
            .Where(f => f != OutputManifest.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["en/02-controllers/2.1-statefulset/index.html", "en/02-controllers/2.1-statefulset/parallel.html", "en/02-controllers/2.1-statefulset/report.md",
             "zh/02-controllers/2.1-statefulset/index.html", "zh/02-controllers/2.1-statefulset/parallel.html", "zh/02-controllers/2.1-statefulset/report.md"],
            changed.Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal)));

        // The search index holds the edited pages, so it is made again (Pagefind names its files by their content).
        Assert.Contains(changed, f => f.StartsWith("pagefind/fragment/", StringComparison.Ordinal));
        Assert.Equal(changed, result.Changed);
    }

    [Fact]
    public void ATitleEdited_AlsoRendersTheIndexes_AndThePagesThatLinkToIt()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);

        workspace.Edit("content/experiments/02-controllers/2.2-deployment-rolling-update.yaml", "  en: Deployment rolling update", "  en: Rolling updates of a Deployment");
        var result = Build(workspace, cache);

        // 2.2's pages, side-by-side pages and reports (6), both indexes (2), 2.1's pages, side-by-side pages and
        // reports, which name 2.2 as a follow-up (6), both tag indexes (2) and the pages of 2.2's five tags in both
        // languages (10); no other tag's page, and not the sitemap, which lists no titles.
        Assert.Equal((26, 30), (result.Rendered, result.Reused));
        AssertSameAsCleanBuild(workspace, "after a title edit");
    }

    [Fact]
    public void AQuestionAnswered_AlsoRendersTheIndexes_WhoseProgressListsIt_ButNoTagPage()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        var before = Workspace.Snapshot(workspace.Site);

        workspace.Edit(Record, "        en: StatefulSet update strategies and rolling updates\n      done: false", "        en: StatefulSet update strategies and rolling updates\n      done: true");
        var result = Build(workspace, cache);

        // 2.1's pages, side-by-side pages and reports (6) and both indexes (2): the tag pages show no progress.
        Assert.Equal((8, 48), (result.Rendered, result.Reused));
        Assert.Equal(
            ["en/02-controllers/2.1-statefulset/index.html", "en/02-controllers/2.1-statefulset/parallel.html", "en/02-controllers/2.1-statefulset/report.md", "en/index.html",
             "zh/02-controllers/2.1-statefulset/index.html", "zh/02-controllers/2.1-statefulset/parallel.html", "zh/02-controllers/2.1-statefulset/report.md", "zh/index.html"],
            Differences(before, Workspace.Snapshot(workspace.Site)));
        AssertSameAsCleanBuild(workspace, "after a question was answered");
    }

    [Fact]
    public void AnEnglishUiStringEdited_RendersTheEnglishPages_AndEverySideBySidePage()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        var before = Workspace.Snapshot(workspace.Site);

        workspace.Edit("templates/i18n/en.yaml", "section_steps: Steps", "section_steps: Procedure");
        var result = Build(workspace, cache);

        // Every English page and report (3 + 3, 3 side by side, the index, the tag index and 14 tag pages), the
        // chooser and the root 404 page, which show every language, the English 404 page, and the Chinese
        // side-by-side pages, whose English column uses it.
        Assert.Equal((31, 25), (result.Rendered, result.Reused));
        Assert.Equal(
            ["zh/02-controllers/2.1-statefulset/parallel.html", "zh/02-controllers/2.2-deployment-rolling-update/parallel.html", "zh/04-storage/4.1-pv-pvc/parallel.html"],
            result.Changed.Where(f => f.StartsWith("zh/", StringComparison.Ordinal)));
        Assert.Contains("Procedure", System.Text.Encoding.UTF8.GetString(Workspace.Snapshot(workspace.Site)["zh/02-controllers/2.1-statefulset/parallel.html"]), StringComparison.Ordinal);
        Assert.NotEqual(before["en/02-controllers/2.1-statefulset/index.html"], Workspace.Snapshot(workspace.Site)["en/02-controllers/2.1-statefulset/index.html"]);
        AssertSameAsCleanBuild(workspace, "after a UI string edit");
    }

    [Fact]
    public void ATagsEnglishNameEdited_ChangesExactlyTheEnglishPagesThatShowTheTag()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        var before = Workspace.Snapshot(workspace.Site);

        workspace.Edit("content/site.yaml", "statefulset: {zh: 有状态应用, en: StatefulSet}", "statefulset: {zh: 有状态应用, en: Stateful sets}");
        var result = Build(workspace, cache);

        // site.yaml is an input of every page, so each is rendered again; what changed is written: 2.1's English page
        // and side-by-side page, the English index, tag index and the English pages of 2.1's tags, whose cards show
        // the tag. Not the Chinese pages, nor the reports, which show no tags.
        Assert.Equal((56, 0), (result.Rendered, result.Reused));
        Assert.Equal(
            ["en/02-controllers/2.1-statefulset/index.html", "en/02-controllers/2.1-statefulset/parallel.html", "en/index.html",
             "en/tags/headless-service/index.html", "en/tags/index.html", "en/tags/pvc/index.html", "en/tags/statefulset/index.html", "en/tags/storage/index.html"],
            Differences(before, Workspace.Snapshot(workspace.Site)).Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal)));
        Assert.Contains(">Stateful sets</a>", File.ReadAllText(workspace.PathOf("site/en/tags/storage/index.html")), StringComparison.Ordinal);
        Assert.Contains("href=\"../../../en/tags/statefulset/index.html\">Stateful sets</a>", File.ReadAllText(workspace.PathOf("site/en/02-controllers/2.1-statefulset/index.html")), StringComparison.Ordinal);
        AssertSameAsCleanBuild(workspace, "after a tag's name was edited");
    }

    [Fact]
    public void ADateEdited_AlsoRendersTheSitemap_WhichGivesItAsTheExperimentsLastmod()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);

        workspace.Edit(Record, "date: 2024-01-15", "date: 2024-01-16");
        var result = Build(workspace, cache);

        Assert.Contains("sitemap.xml", result.Changed);
        Assert.Contains("<lastmod>2024-01-16</lastmod>", File.ReadAllText(workspace.PathOf("site/sitemap.xml")), StringComparison.Ordinal);
        AssertSameAsCleanBuild(workspace, "after a date edit");
    }

    [Fact]
    public void TheBaseUrlRemoved_RemovesTheSitemap()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);

        workspace.Edit("content/site.yaml", "base_url: https://labs.example.org/", "base_url: \"\"");
        var result = Build(workspace, cache);

        Assert.Contains("sitemap.xml", result.Changed);
        Assert.False(File.Exists(workspace.PathOf("site/sitemap.xml")));
        AssertSameAsCleanBuild(workspace, "after the base URL was removed");
    }

    [Fact]
    public void AnOutputChangedOrDeletedByHand_IsWrittenAgain()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        File.WriteAllText(workspace.PathOf("site/en/index.html"), "edited by hand");
        File.Delete(workspace.PathOf("site/zh/02-controllers/2.1-statefulset/report.md"));

        var result = Build(workspace, cache);

        // The en index, and the zh page of 2.1 with its report: a page's files are rendered together.
        Assert.Equal(3, result.Rendered);
        AssertSameAsCleanBuild(workspace, "after outputs were changed by hand");
    }

    [Fact]
    public void AFailedIncrementalBuild_LeavesTheSiteAndTheCacheAsTheyWere()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        var site = Workspace.Snapshot(workspace.Site);
        var state = File.ReadAllBytes(OutputFolder.CacheFileFor(workspace.Site));

        workspace.Edit(Record, "date: 2024-01-15", "date: 2024-13-45");
        var (failed, _) = Builds.Run(workspace, cacheDirectory: cache);

        Assert.False(failed.Succeeded);
        Assert.Equal(site.Keys, Workspace.Snapshot(workspace.Site).Keys);
        Assert.All(Workspace.Snapshot(workspace.Site), f => Assert.True(f.Value.AsSpan().SequenceEqual(site[f.Key]), f.Key));
        Assert.Equal(state, File.ReadAllBytes(OutputFolder.CacheFileFor(workspace.Site)));
    }

    [Fact]
    public void OneThreadOrMany_GiveTheSameBytes()
    {
        using var workspace = Workspace.OfRepository();
        var one = workspace.PathOf("one");
        var many = workspace.PathOf("many");

        Assert.True(SiteBuilder.Build(Options(workspace, one, null) with { MaxParallelism = 1 }).Succeeded);
        Assert.True(SiteBuilder.Build(Options(workspace, many, null) with { MaxParallelism = 8 }).Succeeded);

        var single = Workspace.Snapshot(one);
        var parallel = Workspace.Snapshot(many);
        Assert.Equal(single.Keys, parallel.Keys);
        Assert.All(parallel, f => Assert.True(f.Value.AsSpan().SequenceEqual(single[f.Key]), $"{f.Key} differs between 1 and 8 threads"));
    }

    private static void Apply(Workspace workspace, Edit edit, int n)
    {
        var added = Directory.GetFiles(workspace.PathOf("content/experiments/02-controllers"), "2.5*.yaml").Order(StringComparer.Ordinal).ToList();
        switch (edit)
        {
            case Edit.Title:
                Rewrite(added.Count > 0 && n % 2 == 0 ? added[0] : workspace.PathOf(Record), TitleLine(), $"  zh: StatefulSet 有状态应用 v{n}");
                break;
            case Edit.Body:
                Rewrite(workspace.PathOf(Record), ReplicasLine(), $"replicas={n}");
                break;
            case Edit.AddRecord:
                var id = $"2.5{added.Count}";
                var text = File.ReadAllText(workspace.PathOf(Record))
                    .Replace("id: \"2.1\"", $"id: \"{id}\"", StringComparison.Ordinal)
                    .Replace("slug: statefulset", $"slug: copy-{added.Count}", StringComparison.Ordinal)
                    .Replace("experiment: \"2.2\"", "experiment: \"2.1\"", StringComparison.Ordinal); // so 2.1's title shows on it
                File.WriteAllText(workspace.PathOf($"content/experiments/02-controllers/{id}-copy-{added.Count}.yaml"), text);
                break;
            case Edit.RemoveRecord:
                if (added.Count > 0)
                {
                    File.Delete(added[n % added.Count]);
                }

                break;
            case Edit.RenameChapter:
                Rewrite(workspace.PathOf("content/site.yaml"), ChapterSlug(), $"slug: controllers-{n}");
                break;
            case Edit.Template:
                Rewrite(workspace.PathOf("templates/html/Index.cshtml"), LeadClass(), $"<p class=\"lead v{n}\">");
                break;
            case Edit.ReportTemplate:
                Rewrite(workspace.PathOf("templates/report/report.sbn"), MetaId(), $"**{{{{ t \"meta_id\" }}}}** (v{n}):");
                break;
            case Edit.Done:
                // An objective, a question, a follow-up or a topic to read up on: done, or not done any more.
                var path = workspace.PathOf(Record);
                var marks = DoneLine().Matches(File.ReadAllText(path));
                var mark = marks[n % marks.Count];
                var flipped = mark.Value.EndsWith("true", StringComparison.Ordinal) ? mark.Value.Replace("true", "false", StringComparison.Ordinal) : mark.Value.Replace("false", "true", StringComparison.Ordinal);
                File.WriteAllText(path, File.ReadAllText(path).Remove(mark.Index, mark.Length).Insert(mark.Index, flipped));
                break;
            case Edit.UiString:
                Rewrite(workspace.PathOf("templates/i18n/en.yaml"), ViewReport(), $"view_report: Markdown report v{n}");
                break;
            case Edit.Date:
                Rewrite(workspace.PathOf(Record), DateLine(), $"date: 2024-02-{1 + (n % 28):00}");
                break;
            case Edit.TagName:
                Rewrite(workspace.PathOf("content/site.yaml"), TagNameLine(), (n % 3) switch
                {
                    0 => $"statefulset: {{zh: 有状态应用 {n}, en: StatefulSet {n}}}",
                    1 => $"statefulset: {{zh: 有状态应用 {n}}}",
                    _ => $"StatefulSet: StatefulSet {n}",
                });
                break;
            case Edit.BaseUrl:
                Rewrite(workspace.PathOf("content/site.yaml"), BaseUrlLine(), (n % 3) switch
                {
                    0 => "base_url: \"\"",
                    1 => "base_url: https://labs.example.org/",
                    _ => "base_url: https://example.github.io/notes/",
                });
                break;
        }
    }

    private static void Rewrite(string path, Regex find, string replace, int count = 1)
    {
        var text = File.ReadAllText(path);
        Assert.Matches(find, text);
        File.WriteAllText(path, find.Replace(text, replace, count));
    }

    private static void AssertSameAsCleanBuild(Workspace workspace, string when)
    {
        // Clean: a new output folder (so no build cache) and no check results kept; compiled templates may be reused.
        var clean = workspace.PathOf("clean-" + Guid.NewGuid().ToString("N"));
        var templatesOnly = workspace.PathOf("clean-cache");
        if (Directory.Exists(Path.Combine(templatesOnly, "check")))
        {
            Directory.Delete(Path.Combine(templatesOnly, "check"), recursive: true);
        }

        var (result, report) = Builds.Run(workspace, clean, templatesOnly);
        Assert.True(result.Succeeded, report);
        var expected = Workspace.Snapshot(clean);
        var actual = Workspace.Snapshot(workspace.Site);
        Assert.True(expected.Keys.SequenceEqual(actual.Keys),
            $"{when}: the files differ from a clean build's: missing {string.Join(", ", expected.Keys.Except(actual.Keys))}; extra {string.Join(", ", actual.Keys.Except(expected.Keys))}");
        Assert.All(actual, f => Assert.True(f.Value.AsSpan().SequenceEqual(expected[f.Key]), $"{when}: {f.Key} differs from a clean build's"));
        Directory.Delete(clean, recursive: true);
    }

    private static BuildResult Build(Workspace workspace, string cache)
    {
        var result = SiteBuilder.Build(Options(workspace, workspace.Site, cache));
        Assert.True(result.Succeeded);
        return result;
    }

    private static BuildOptions Options(Workspace workspace, string output, string? cache) =>
        new(workspace.Content, workspace.Templates, output, BuildOptions.DefaultVendorDirectory, new PathDisplay(workspace.Root), cache);

    private static SortedDictionary<string, DateTime> Times(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.GetLastWriteTimeUtc), StringComparer.Ordinal);

    [GeneratedRegex(@"  zh: StatefulSet 有状态应用.*")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"replicas=\d+")]
    private static partial Regex ReplicasLine();

    [GeneratedRegex(@"slug: controllers(-\d+)?")]
    private static partial Regex ChapterSlug();

    [GeneratedRegex(@"<p class=""lead[^""]*"">")]
    private static partial Regex LeadClass();

    [GeneratedRegex(@"\*\*\{\{ t ""meta_id"" \}\}\*\*( \(v\d+\))?:")]
    private static partial Regex MetaId();

    [GeneratedRegex(@"view_report: Markdown report.*")]
    private static partial Regex ViewReport();

    [GeneratedRegex(@"done: (true|false)")]
    private static partial Regex DoneLine();

    [GeneratedRegex(@"^date: [\d-]+", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(statefulset|StatefulSet): .*")]
    private static partial Regex TagNameLine();

    [GeneratedRegex(@"base_url: .*")]
    private static partial Regex BaseUrlLine();
}
