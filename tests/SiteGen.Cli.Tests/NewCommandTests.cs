using SiteGen.Cli;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary><c>sitegen new</c> as a user runs it, on a copy of the sample content (chapter 2 holds 2.1 and 2.2).</summary>
public sealed class NewCommandTests : IDisposable
{
    private const string Chapter2 = "content/experiments/02-controllers/";

    private readonly Workspace _workspace = Workspace.OfRepository();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void New_CreatesTheChaptersNextExperiment_NamedAfterTheTitle_ThatChecksCleanAndBuilds()
    {
        var run = New("--chapter", "2", "DaemonSet: one pod per node");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.EndsWith(
            $"{Chapter2}2.3-daemonset-one-pod-per-node.yaml (experiment 2.3). Run 'sitegen serve' to see it.\n",
            run.Output,
            StringComparison.Ordinal);
        Assert.StartsWith("Created ", run.Output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(_workspace.PathOf(Chapter2 + "2.3-daemonset-one-pod-per-node.yaml"));
        Assert.Equal("# yaml-language-server: $schema=../../schema/lab-record.schema.json", lines[0]);
        Assert.Contains("title: \"DaemonSet: one pod per node\"", lines);
        Assert.Matches(@"^date: \d{4}-\d{2}-\d{2}$", Assert.Single(lines, l => l.StartsWith("date:", StringComparison.Ordinal)));
        Assert.StartsWith("5 files checked: 0 errors, 0 warnings.\n", Check().Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, Build().ExitCode);
        Assert.True(File.Exists(_workspace.PathOf("site/en/02-controllers/2.3-daemonset-one-pod-per-node/index.html")));
    }

    [Fact]
    public void New_WritesTheSchemaItsFirstLinePointsAt_WhenTheContentHasNone()
    {
        if (Directory.Exists(_workspace.PathOf("content/schema")))
        {
            Directory.Delete(_workspace.PathOf("content/schema"), recursive: true);
        }

        var run = New("--chapter", "2", "DaemonSet: one pod per node");

        Assert.Matches(@"\nWrote the JSON Schema editors read to \S*content/schema/lab-record.schema.json and \S*content/schema/site.schema.json.\n$", run.Output);
        var record = _workspace.PathOf(Chapter2 + "2.3-daemonset-one-pod-per-node.yaml");
        var schema = File.ReadLines(record).First()["# yaml-language-server: $schema=".Length..];
        using var parsed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(record)!, schema)));
        Assert.Equal("SiteGen lab record", parsed.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void New_Again_TakesTheNextFreeId_AndASlugTheChapterDoesNotHave()
    {
        Assert.Equal(ExitCodes.Success, New("--chapter", "2", "DaemonSet: one pod per node").ExitCode);

        var again = New("--chapter", "2", "DaemonSet: one pod per node");

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains($"{Chapter2}2.4-daemonset-one-pod-per-node-2.yaml (experiment 2.4)", again.Output, StringComparison.Ordinal);
        Assert.StartsWith("6 files checked: 0 errors, 0 warnings.\n", Check().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithASlugTheChapterAlreadyHas_IsRefused_AndChangesNothing()
    {
        var before = Workspace.Snapshot(_workspace.Content);

        var run = New("--chapter", "2", "StatefulSet again", "--slug", "statefulset");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(
            "2.1-statefulset.yaml(2,7): error SG0204: The slug 'statefulset' is already used in chapter 2 by ",
            run.Output,
            StringComparison.Ordinal);
        Assert.EndsWith("Nothing was created.\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Workspace.Snapshot(_workspace.Content));
    }

    [Fact]
    public void New_InAChapterSiteYamlDoesNotDeclare_ListsTheDeclaredChapters()
    {
        var run = New("--chapter", "3", "Networking");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(
            "error SG0203: Chapter 3 is not declared in site.yaml (chapters: 2, 4); use one of those, or add it under 'chapters:' there.\n",
            run.Output,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.PathOf("content/experiments/03-networking")));
    }

    [Fact]
    public void New_WithATitleAllInChinese_AsksForASlug_AndWithOne_KeepsTheTitleAsGiven()
    {
        var refused = New("--chapter", "2", "守护进程");

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal(
            "sitegen: The title \"守护进程\" has no Latin letter or digit to make the page's slug from; give one with --slug, for example --slug daemonset.\nRun 'sitegen --help' for usage.\n",
            refused.Error);

        var created = New("--chapter", "2", "守护进程", "--slug", "daemonset");

        Assert.Equal(ExitCodes.Success, created.ExitCode);
        Assert.Contains("title: \"守护进程\"", File.ReadAllLines(_workspace.PathOf(Chapter2 + "2.3-daemonset.yaml")));
        // A Chinese title is Chinese: the record checks, and says its English title is still to write.
        var check = Check().Output;
        Assert.Contains("warning SG0501: 'title' has no English (en) text yet", check, StringComparison.Ordinal);
        Assert.Contains("5 files checked: 0 errors, 1 warning", check, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithASlugThatIsNoSlug_SaysWhatASlugIs()
    {
        var run = New("--chapter", "2", "DaemonSet", "--slug", "Daemon_Set");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(
            "sitegen: --slug 'Daemon_Set' is not a slug: use at most 80 lowercase letters, digits and single hyphens, for example rolling-update.\nRun 'sitegen --help' for usage.\n",
            run.Error);
        Assert.False(Directory.EnumerateFiles(_workspace.PathOf(Chapter2), "2.3-*").Any());
    }

    [Theory]
    [InlineData("new", "DaemonSet")]
    [InlineData("new", "--chapter", "2")]
    [InlineData("new", "--chapter", "two", "DaemonSet")]
    [InlineData("new", "--chapter", "2", "守护进程", "--slug")]
    public void New_WithoutAChapterATitleOrASlugsValue_IsBadUsage(params string[] args)
    {
        var run = Sitegen.Run([.. args, "--content", _workspace.Content]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Run 'sitegen --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_EveryExampleUncommented_StillChecksWithoutErrors()
    {
        Assert.Equal(ExitCodes.Success, New("--chapter", "2", "DaemonSet: one pod per node").ExitCode);
        var path = _workspace.PathOf(Chapter2 + "2.3-daemonset-one-pod-per-node.yaml");
        var skeleton = File.ReadAllText(path);
        File.WriteAllText(path, SkeletonExamples.Uncomment(skeleton));

        // The examples name files beside the record: a manifest and two screenshots.
        File.WriteAllText(_workspace.PathOf(Chapter2 + "daemonset-one-pod-per-node.yaml"), "apiVersion: apps/v1\nkind: DaemonSet\n");
        Directory.CreateDirectory(_workspace.PathOf(Chapter2 + "images"));
        using (var image = new SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgba32>(8, 4))
        {
            SixLabors.ImageSharp.ImageExtensions.SaveAsPng(image, _workspace.PathOf(Chapter2 + "images/2.3-step-1.png"));
            SixLabors.ImageSharp.ImageExtensions.SaveAsPng(image, _workspace.PathOf(Chapter2 + "images/2.3-result.png"));
        }

        var check = Check();

        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.Contains("\n    - experiment: \"2.4\"\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(
            "warning SG0202: The follow-up experiment 2.4 has no record yet; it is shown without a link. Check the id, or add the record.",
            Assert.Single(check.Output.Split('\n'), l => l.Contains(": warning ", StringComparison.Ordinal)).Split("): ")[1]);
        Assert.Contains("\n5 files checked: 0 errors, 1 warning.\n", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsNew()
    {
        Assert.Contains("new", Sitegen.Run("--help").Output, StringComparison.Ordinal);
        Assert.Contains("--chapter", Sitegen.Run("new", "--help").Output, StringComparison.Ordinal);
    }

    private Sitegen.Result New(params string[] args) => Sitegen.Run(["new", .. args, "--content", _workspace.Content]);

    private Sitegen.Result Check() => Sitegen.Run("check", "--content", _workspace.Content);

    private Sitegen.Result Build() =>
        Sitegen.Run("build", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.Site);
}
