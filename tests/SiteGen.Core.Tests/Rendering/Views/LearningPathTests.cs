using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Core.Tests.Rendering.Views;

/// <summary>
/// The learning path of the index: per chapter, a Mermaid flowchart of its experiments and the follow-ups
/// their records name, made from the catalogue, and the same path as a list.
/// </summary>
public sealed class LearningPathTests
{
    [Fact]
    public void AChaptersPath_IsAFlowchartOfItsExperimentsAndFollowUps_EachNodeLinkedToItsPage()
    {
        var paths = Build(SampleCatalogue.Of(), "en");

        Assert.Equal([2, 4], paths.Select(p => p.Chapter.Number));
        // 2.1 and 2.2 have every objective done (✅), 4.1 not (⏳); no follow-up from chapter 2 is done yet (dotted).
        // Mermaid may make a line 400 px wide before it breaks it itself: the labels' lines are never that wide.
        Assert.Equal("""
            ---
            config:
              flowchart:
                wrappingWidth: 400
            ---
            flowchart TD
                n1["#9989; 2#46;1<br/>StatefulSet#58; stateful<br/>applications"]
                n2["#9989; 2#46;2<br/>Deployment rolling<br/>update"]
                n3["#9203; 4#46;1<br/>PV and PVC storage"]
                n1 -.-> n2
                n1 -.-> n3
                n2 -.-> n3
                n3 --> n1
                click n1 href "../en/02-controllers/2.1-statefulset/index.html"
                click n2 href "../en/02-controllers/2.2-deployment-rolling-update/index.html"
                click n3 href "../en/04-storage/4.1-pv-pvc/index.html"
                class n1,n2 done
                classDef done stroke-width:3px
                classDef planned stroke-dasharray:6 4

            """.ReplaceLineEndings("\n"), paths[0].Mermaid);
    }

    [Fact]
    public void AFollowUpFromAnotherChapter_IsDrawnInTheChapterItLeadsTo_AfterThatChaptersOwnExperiments()
    {
        var storage = Build(SampleCatalogue.Of(), "zh")[1];

        // 4.1 names 2.1 as a follow-up it has done (solid); 2.1 and 2.2 name 4.1 (dotted).
        Assert.Contains("flowchart TD\n    n1[\"#9203; 4#46;1<br/>PV#47;PVC 存储实验\"]\n", storage.Mermaid, StringComparison.Ordinal);
        Assert.Contains("    n1 --> n2\n    n2 -.-> n1\n    n3 -.-> n1\n", storage.Mermaid, StringComparison.Ordinal);
        Assert.Equal(["4.1"], storage.Steps.Select(s => s.Experiment.Id));
        Assert.Equal(3, storage.Nodes);
    }

    [Fact]
    public void AFollowUpToAnExperimentWithNoRecord_IsDrawnAsPlanned_WithTheTitleTheFollowUpGives_AndNoLink()
    {
        var title = Localized.Of(new Dictionary<string, string> { ["zh"] = "PodDisruptionBudget 实验", ["en"] = "Pod disruption budgets" });
        var catalogue = Replace(SampleCatalogue.Entry("2.2") is var e ? e with { FollowUps = [.. e.FollowUps, SampleCatalogue.FollowUp("2.9", title: title)] } : null!);

        var controllers = Build(catalogue, "en")[0];

        Assert.Contains("    n4[\"2#46;9 #183; planned<br/>Pod disruption budgets\"]\n", controllers.Mermaid, StringComparison.Ordinal);
        Assert.Contains("    n2 -.-> n4\n", controllers.Mermaid, StringComparison.Ordinal);
        Assert.Contains("    class n4 planned\n", controllers.Mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("click n4", controllers.Mermaid, StringComparison.Ordinal);
        var planned = controllers.Steps[1].FollowUps.Single(f => f.Target.Id == "2.9").Target;
        Assert.Equal((PathStatus.Planned, null, "Pod disruption budgets", "planned, no record yet"), (planned.Status, planned.Href, planned.Title?.Text, planned.StatusLabel));
    }

    [Fact]
    public void APlannedExperimentWithNoTitle_IsNamedByItsId()
    {
        var catalogue = Replace(SampleCatalogue.Entry("4.1") is var e ? e with { FollowUps = [SampleCatalogue.FollowUp("4.2", done: true)] } : null!);

        var storage = Build(catalogue, "zh")[1];

        Assert.Contains("    n2[\"4#46;2 #183; 计划中\"]\n", storage.Mermaid, StringComparison.Ordinal);
        Assert.Contains("    n1 --> n2\n", storage.Mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void AFollowUpNamedTwice_IsOneArrow_SolidWhenEitherIsDone()
    {
        var catalogue = Replace(SampleCatalogue.Entry("2.2") is var e
            ? e with { FollowUps = [SampleCatalogue.FollowUp("4.1"), SampleCatalogue.FollowUp("4.1", done: true)] }
            : null!);

        var controllers = Build(catalogue, "en")[0];

        Assert.Contains("    n2 --> n3\n", controllers.Mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("n2 -.-> n3", controllers.Mermaid, StringComparison.Ordinal);
        Assert.Single(controllers.Steps[1].FollowUps);
    }

    [Fact]
    public void HostileTitles_ReachMermaidOnlyAsLettersDigitsSpacesAndEntityCodes()
    {
        string[] titles =
        [
            "Quote\" ] --> x[\"injected\"]\nclick n1 call alert(1)",
            "<img src=x onerror=alert(1)><script>alert(2)</script>",
            "%%{init: {\"securityLevel\": \"loose\"}}%%",
            "**bold** `code` [link](javascript:alert(1)) fa:fa-car #quot; a\\nb | ; :::done",
        ];
        var entries = SampleCatalogue.Entries.Select((e, i) => e with { Title = Localized.Of(titles[i]) })
            .Append(SampleCatalogue.Entry("2.2") with { Id = "2.3", Slug = "hostile", Title = Localized.Of(titles[3]), FollowUps = [SampleCatalogue.FollowUp("2.4", title: Localized.Of(titles[0]))] });

        var source = string.Concat(Build(SampleCatalogue.Of(entries), "en").Select(p => p.Mermaid));

        var labels = source.Split('\n').Where(l => l.Contains("[\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, labels.Count);
        Assert.All(labels, l => Assert.Matches("""^    n[0-9]+\["(?:[\p{L}\p{N} ]|#[0-9]+;)+(?:<br/>(?:[\p{L}\p{N} ]|#[0-9]+;)+)*"\]$""", l));
        Assert.DoesNotContain("alert(", source, StringComparison.Ordinal);
    }

    [Fact]
    public void AChapterWithMoreExperimentsThanADiagramShows_IsAListOnly()
    {
        var many = Enumerable.Range(1, LearningPathDiagram.MaxNodes + 1)
            .Select(i => SampleCatalogue.Entry("2.2") with { Id = $"2.{i}", Slug = $"copy-{i}", FollowUps = [] });

        var controllers = Build(SampleCatalogue.Of(many), "en")[0];

        Assert.Null(controllers.Mermaid);
        Assert.Equal(LearningPathDiagram.MaxNodes + 1, controllers.Nodes);
        Assert.Equal(LearningPathDiagram.MaxNodes + 1, controllers.Steps.Count);
    }

    [Fact]
    public void AChapterAtTheLimit_IsStillDrawn()
    {
        var many = Enumerable.Range(1, LearningPathDiagram.MaxNodes)
            .Select(i => SampleCatalogue.Entry("2.2") with { Id = $"2.{i}", Slug = $"copy-{i}", FollowUps = [SampleCatalogue.FollowUp($"2.{i + 1}")] });

        var controllers = Build(SampleCatalogue.Of(many), "en")[0];

        // 2.1 to 2.40, and 2.41 planned by 2.40: one node too many.
        Assert.Null(controllers.Mermaid);
        var fewer = Build(SampleCatalogue.Of(many.Take(LearningPathDiagram.MaxNodes - 1)), "en")[0];
        Assert.NotNull(fewer.Mermaid);
        Assert.Equal(LearningPathDiagram.MaxNodes, fewer.Nodes);
    }

    private static IReadOnlyList<ChapterPath> Build(Catalogue catalogue, string language) =>
        LearningPathBuilder.Build(catalogue, language, "../", SampleCatalogue.Ui(language), SampleCatalogue.Prose(language));

    /// <summary>The sample's catalogue with one entry replaced.</summary>
    private static Catalogue Replace(RecordEntry entry) =>
        SampleCatalogue.Of(SampleCatalogue.Entries.Select(e => e.Id == entry.Id ? entry : e));
}
