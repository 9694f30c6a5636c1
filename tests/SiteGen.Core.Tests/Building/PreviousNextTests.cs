using AngleSharp.Html.Parser;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// Each experiment page links to the experiments before and after it in its chapter (<c>&lt;link rel="prev/next"&gt;</c>
/// and a pager at its end), in reading order, whatever order the records are checked in and whatever their files
/// are called; and a new experiment changes exactly its neighbours' pages.
/// </summary>
public sealed class PreviousNextTests
{
    private const string Controllers = "content/experiments/02-controllers/";

    [Fact]
    public void ThePages_LinkToTheirNeighboursInTheChapter_AndTheEndsHaveOnlyOne()
    {
        using var workspace = Workspace.OfRepository();
        Build(workspace);

        Assert.Equal((null, "2.2-deployment-rolling-update"), Neighbours(workspace, "zh/02-controllers/2.1-statefulset"));
        Assert.Equal(("2.1-statefulset", null), Neighbours(workspace, "en/02-controllers/2.2-deployment-rolling-update"));
        Assert.Equal((null, null), Neighbours(workspace, "zh/04-storage/4.1-pv-pvc"));
        var pager = Page(workspace, "en/02-controllers/2.1-statefulset").QuerySelector("nav.pager a[rel=next]")!;
        Assert.Equal("Next experiment → 2.2 Deployment rolling update", string.Join(' ', pager.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void AnExperimentAdded_ChangesItsNeighboursPages_AndNoOtherExperiments()
    {
        using var workspace = Workspace.OfRepository();
        Build(workspace);

        AddExperiment(workspace, "2.3-canary.yaml", "2.3", "canary");
        var second = Build(workspace);

        Assert.Equal(("2.2-deployment-rolling-update", null), Neighbours(workspace, "zh/02-controllers/2.3-canary"));
        Assert.Equal(("2.1-statefulset", "2.3-canary"), Neighbours(workspace, "en/02-controllers/2.2-deployment-rolling-update"));
        Assert.Contains("zh/02-controllers/2.2-deployment-rolling-update/index.html", second.Changed);
        Assert.DoesNotContain(second.Changed, f => f.StartsWith("zh/02-controllers/2.1-", StringComparison.Ordinal) || f.Contains("/04-storage/", StringComparison.Ordinal));
    }

    [Fact]
    public void ARecordWhoseFileNameGivesAnotherId_StillGetsItsNeighboursRight_AsACleanBuildDoes()
    {
        using var workspace = Workspace.OfRepository();
        // Named as if it came first in the chapter, but it is 2.3. Checked on one thread, in path order, it is in
        // before 2.2, so its page is planned with 2.1 before it and must be planned again once 2.2 is in.
        AddExperiment(workspace, "2.0-canary.yaml", "2.3", "canary");

        var result = Build(workspace, threads: 1);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FileName);
        Assert.Equal((null, "2.2-deployment-rolling-update"), Neighbours(workspace, "zh/02-controllers/2.1-statefulset"));
        Assert.Equal(("2.2-deployment-rolling-update", null), Neighbours(workspace, "en/02-controllers/2.3-canary"));
        Assert.Equal(("2.1-statefulset", "2.3-canary"), Neighbours(workspace, "en/02-controllers/2.2-deployment-rolling-update"));

        var clean = workspace.PathOf("clean");
        Assert.True(SiteBuilder.Build(new BuildOptions(workspace.Content, workspace.Templates, clean, BuildOptions.DefaultVendorDirectory, new PathDisplay(workspace.Root))).Succeeded);
        Assert.Equal(Workspace.Snapshot(clean).Keys, Workspace.Snapshot(workspace.Site).Keys);
        Assert.All(Workspace.Snapshot(clean).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.Equal(System.Text.Encoding.UTF8.GetString(f.Value), File.ReadAllText(Path.Combine(workspace.Site, f.Key))));
    }

    /// <summary>A copy of a record of chapter 2 with another id, slug and title and no follow-ups.</summary>
    private static void AddExperiment(Workspace workspace, string file, string id, string slug)
    {
        var text = File.ReadAllText(workspace.PathOf(Controllers + "2.2-deployment-rolling-update.yaml"))
            .Replace("id: \"2.2\"", $"id: \"{id}\"", StringComparison.Ordinal)
            .Replace("slug: deployment-rolling-update", "slug: " + slug, StringComparison.Ordinal)
            .Replace("  en: Deployment rolling update\n", "  en: Canary release\n", StringComparison.Ordinal)
            .Replace("    - experiment: \"4.1\"\n      done: false\n", "    - experiment: \"2.1\"\n      done: true\n", StringComparison.Ordinal);
        workspace.Write(Controllers + file, text);
    }

    private static (string? Previous, string? Next) Neighbours(Workspace workspace, string folder)
    {
        var page = Page(workspace, folder);
        string? Folder(string rel) => page.QuerySelector($"link[rel={rel}]")?.GetAttribute("href") is { } href
            ? href.Split('/')[^2]
            : null;
        Assert.Equal(Folder("prev"), page.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href")?.Split('/')[^2]);
        Assert.Equal(Folder("next"), page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href")?.Split('/')[^2]);
        return (Folder("prev"), Folder("next"));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(Workspace workspace, string folder) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(workspace.Site, folder, "index.html")));

    private static BuildResult Build(Workspace workspace, int threads = 0)
    {
        var result = SiteBuilder.Build(new BuildOptions(workspace.Content, workspace.Templates, workspace.Site, BuildOptions.DefaultVendorDirectory,
            new PathDisplay(workspace.Root), workspace.PathOf("cache")) { MaxParallelism = threads });
        Assert.True(result.Succeeded, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        return result;
    }
}
