using AngleSharp.Html.Parser;
using SiteGen.Checking;
using SiteGen.Core.Tests.Building;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Core.Tests.Rendering.Views;

/// <summary>
/// The index's progress: what each record leaves to do, taken when it is checked and kept in its catalogue
/// entry, listed chapter by chapter and linked to its place on the experiment's page; and the ratings.
/// </summary>
public sealed class ProgressTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void ARecord_LeavesItsObjectivesNotDone_OpenQuestions_ProblemsNotResolved_AndACleanupNotFinished()
    {
        var record = new LabRecord
        {
            Id = "2.9",
            Slug = "left",
            Chapter = 2,
            Title = Localized.Of("Left to do"),
            Date = new DateOnly(2024, 1, 1),
            Summary = new Summary { OneLine = Localized.Of("s") },
            Objectives = [Objective("reached", done: true), Objective("under way", inProgress: true), Objective("not started")],
            Problems = [Problem("fixed", ProblemStatus.Resolved), Problem("dodged", ProblemStatus.WorkedAround), Problem("stuck", ProblemStatus.Open)],
            Learnings = new Learnings { Questions = [new Checkable { Text = Localized.Of("answered"), Done = true }, new Checkable { Text = Localized.Of("open") }] },
            Cleanup = new Cleanup { Status = CleanupStatus.Pending, StatusText = Localized.Of("PVC kept for 4.2") },
        };

        var items = Outstanding.Of(record).Select(o => (o.Kind, o.Anchor, o.Text?.Neutral, o.Status));

        Assert.Equal(
        [
            (OutstandingKind.Objective, "objective-2", "under way", "in-progress"),
            (OutstandingKind.Objective, "objective-3", "not started", null),
            (OutstandingKind.Question, "question-2", "open", null),
            (OutstandingKind.Problem, "problem-2", "dodged", "worked-around"),
            (OutstandingKind.Problem, "problem-3", "stuck", "open"),
            (OutstandingKind.Cleanup, "cleanup-status", "PVC kept for 4.2", "pending"),
        ], items);
    }

    [Fact]
    public void ARecordWithNothingLeft_LeavesNothing()
    {
        var record = new LabRecord
        {
            Id = "2.9", Slug = "done", Chapter = 2, Title = Localized.Of("Done"), Date = new DateOnly(2024, 1, 1),
            Summary = new Summary { OneLine = Localized.Of("s") },
            Objectives = [Objective("reached", done: true)],
            Cleanup = new Cleanup { Status = CleanupStatus.Cleaned },
        };

        Assert.Empty(Outstanding.Of(record));
    }

    [Fact]
    public void Progress_CountsEachKind_AndListsEachExperimentsItems_ChapterByChapter()
    {
        var progress = ProgressBuilder.Build(SampleCatalogue.Of(), "en", "../", SampleCatalogue.Ui("en"), SampleCatalogue.Prose("en"));

        Assert.Equal([("Objectives not done", 1), ("Open questions", 6), ("Problems not resolved", 2), ("Cleanups not finished", 1)],
            progress.Counts.Select(c => (c.Label, c.Count)));
        Assert.Equal((10, 3), (progress.Items, progress.Experiments));
        Assert.Equal([[("2.1", 2), ("2.2", 3)], [("4.1", 5)]], progress.Chapters.Select(c => c.Experiments.Select(e => (e.Id, e.Items.Count))));
        var storage = progress.Chapters[1].Experiments[0].Items;
        Assert.Equal(
        [
            ("Objective", "../en/04-storage/4.1-pv-pvc/index.html#objective-3", null),
            ("Open question", "../en/04-storage/4.1-pv-pvc/index.html#question-2", null),
            ("Open question", "../en/04-storage/4.1-pv-pvc/index.html#question-3", null),
            ("Problem", "../en/04-storage/4.1-pv-pvc/index.html#problem-2", "⚠️ Worked around"),
            ("Cleanup", "../en/04-storage/4.1-pv-pvc/index.html#cleanup-status", "⚠️ Partly cleaned up"),
        ], storage.Select(i => (i.Kind, i.Href, i.Status)));
        Assert.Null(storage[4].Text);
    }

    [Fact]
    public void Ratings_AreEachExperimentsStars_ChapterByChapter()
    {
        var ratings = ProgressBuilder.Ratings(SampleCatalogue.Of(), "zh", "../", SampleCatalogue.Prose("zh"));

        Assert.Equal([[("2.1", new int?[] { 5, 5, 5 }), ("2.2", [4, 4, 5])], [("4.1", [4, 3, 4])]],
            ratings.Select(c => c.Experiments.Select(e => (e.Id, e.Stars.ToArray()))));
    }

    [Theory]
    [InlineData("zh/index.html")]
    [InlineData("en/index.html")]
    public void EveryLinkOfTheProgressAndTheLearningPath_LeadsToAPlaceThatExists(string index)
    {
        var files = Builds.Sample.Value.Files;
        var page = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[index]));
        var links = page.QuerySelectorAll("#progress a, #learning-path a, #ratings a").Select(a => a.GetAttribute("href")!).ToList();

        // 10 things left, 7 experiments in the lists of the path (2.1 → 2.2, 4.1; 2.2 → 4.1; 4.1 → 2.1), 3 rated.
        Assert.Equal(10 + 7 + 3, links.Count);
        Assert.All(links, href =>
        {
            var (path, fragment) = href.Split('#') is [var p, var f] ? (p, f) : (href, null);
            var target = Resolve(index, path);
            Assert.True(files.ContainsKey(target), $"{href}: {target} is not built");
            if (fragment is not null)
            {
                Assert.NotNull(Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[target])).GetElementById(fragment));
            }
        });
    }

    [Fact]
    public void TheIndex_ShowsTheProgressAndRatings_FromTheCatalogueAlone()
    {
        var page = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(Builds.Sample.Value.Files["en/index.html"]));

        Assert.Equal(["learning-path", "progress", "ratings"], page.QuerySelectorAll("main > section[id]").Select(s => s.Id).Where(id => !id!.StartsWith("chapter-", StringComparison.Ordinal)));
        Assert.Equal("5 left", page.QuerySelector("#progress details:last-of-type .count")!.TextContent);
        Assert.Equal(["stars-4", "stars-3", "stars-4"], page.QuerySelectorAll("#ratings details:last-of-type .rating-fill").Select(f => f.ClassList[1]));
        Assert.All(page.QuerySelectorAll("#progress details, #ratings details, #learning-path details"), d => Assert.True(d.HasAttribute("open")));
    }

    private static Objective Objective(string text, bool done = false, bool inProgress = false) =>
        new() { Text = Localized.Of(text), Done = done, InProgress = inProgress };

    private static Problem Problem(string title, ProblemStatus status) => new() { Title = Localized.Of(title), Status = status };

    private static string Resolve(string from, string href)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in href.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
