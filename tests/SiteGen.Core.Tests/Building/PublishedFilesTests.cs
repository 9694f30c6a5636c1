using System.Text;
using SiteGen.Building;
using SiteGen.Core.Tests.Publishing;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Testing;
using SixLabors.ImageSharp;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// The images and resource files records name are published once, under <c>files/</c>, and every page and
/// report that shows them links to them; an edited file renders only the pages that show it.
/// </summary>
public sealed class PublishedFilesTests
{
    private const string Record = "content/experiments/02-controllers/2.1-statefulset.yaml";
    private const string Shot = "files/experiments/02-controllers/images/2.1-pods-ready.png";
    private const string Manifest = "files/experiments/02-controllers/statefulset.yaml";

    [Fact]
    public void TheSamplesScreenshotAndManifest_ArePublishedOnce_AndLinkedFromEveryPageAndReport()
    {
        var files = Builds.Sample.Value.Files;

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Content, "experiments/02-controllers/images/2.1-pods-ready.png")), files[Shot]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Content, "experiments/02-controllers/statefulset.yaml")), files[Manifest]);
        Assert.Single(files.Keys, k => k.EndsWith("2.1-pods-ready.png", StringComparison.Ordinal));
        foreach (var language in new[] { "zh", "en" })
        {
            var folder = $"{language}/02-controllers/2.1-statefulset/";
            foreach (var page in new[] { "index.html", "parallel.html" })
            {
                var html = Encoding.UTF8.GetString(files[folder + page]);
                Assert.Contains($"<img src=\"../../../{Shot}\" width=\"600\" height=\"200\" alt=\"", html, StringComparison.Ordinal);
                Assert.Contains($"<a href=\"../../../{Manifest}\" download=\"statefulset.yaml\">", html, StringComparison.Ordinal);
                Assert.Contains("<details class=\"resource\">", html, StringComparison.Ordinal);
                Assert.Contains("<span class=\"tk-t\">kind</span>", html, StringComparison.Ordinal);
            }

            var report = Encoding.UTF8.GetString(files[folder + "report.md"]);
            Assert.Contains($"](../../../{Shot})", report, StringComparison.Ordinal);
            Assert.Contains($"- [`statefulset.yaml`](../../../{Manifest})", report, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ALargePhotoInProse_GetsSmallerCopies_InSrcset_AndOnlyTheFirstImageLoadsAtOnce()
    {
        using var workspace = Workspace.OfRepository();
        File.WriteAllBytes(workspace.PathOf("content/experiments/02-controllers/images/wide.png"), RecordFilesCheckTests.Png(1600, 800));
        workspace.Edit(Record, "  en: Deploy a three-replica StatefulSet", "  en: |-\n    ![The whole cluster](images/wide.png)\n\n    Deploy a three-replica StatefulSet");

        var (result, report, files) = Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);

        Assert.True(result.Succeeded, report);
        Assert.Equal((640, 320), Size(files["files/experiments/02-controllers/images/wide.640w.png"]));
        Assert.Equal((1280, 640), Size(files["files/experiments/02-controllers/images/wide.1280w.png"]));
        var html = Encoding.UTF8.GetString(files["en/02-controllers/2.1-statefulset/index.html"]);
        const string Folder = "../../../files/experiments/02-controllers/images/";
        Assert.Contains(
            $"<img src=\"{Folder}wide.png\" width=\"1600\" height=\"800\" srcset=\"{Folder}wide.640w.png 640w, {Folder}wide.1280w.png 1280w, {Folder}wide.png 1600w\" sizes=\"(max-width: 46rem) 100vw, 46rem\" loading=\"eager\" decoding=\"async\" alt=\"The whole cluster\" />",
            html, StringComparison.Ordinal);
        Assert.Contains("2.1-pods-ready.png\" width=\"600\" height=\"200\" alt=\"Terminal capture", html, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/experiments/02-controllers/images/2.1-pods-ready.png", Shot)]
    [InlineData("content/experiments/02-controllers/statefulset.yaml", Manifest)]
    public void AnEditedFile_RendersOnlyThePagesThatShowIt_AndIsPublishedAgain(string source, string published)
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        var before = Workspace.Snapshot(workspace.Site);

        File.WriteAllBytes(workspace.PathOf(source), source.EndsWith(".png", StringComparison.Ordinal)
            ? RecordFilesCheckTests.Png(300, 100)
            : Encoding.UTF8.GetBytes("apiVersion: apps/v1\nkind: StatefulSet\n"));
        var result = Build(workspace, cache);

        // 2.1's page and side-by-side page in each language, and its report in each: nothing else.
        Assert.Equal((6, 50), (result.Rendered, result.Reused));
        var after = Workspace.Snapshot(workspace.Site);
        var changed = after.Keys.Where(f => !before.TryGetValue(f, out var old) || !old.AsSpan().SequenceEqual(after[f]))
            .Where(f => f != OutputManifest.FileName && !f.StartsWith("pagefind/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [published, "en/02-controllers/2.1-statefulset/index.html", "en/02-controllers/2.1-statefulset/parallel.html",
             "zh/02-controllers/2.1-statefulset/index.html", "zh/02-controllers/2.1-statefulset/parallel.html"],
            changed.OrderBy(f => f.StartsWith("files/", StringComparison.Ordinal) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(workspace.PathOf(source)), after[published]);
    }

    [Fact]
    public void NothingChanged_CopiesNoFileAgain()
    {
        using var workspace = Workspace.OfRepository();
        var cache = workspace.PathOf("cache");
        Build(workspace, cache);
        var written = File.GetLastWriteTimeUtc(Path.Combine(workspace.Site, Shot));

        var second = Build(workspace, cache);

        Assert.Empty(second.Changed);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(workspace.Site, Shot)));
    }

    [Fact]
    public void AHostileSvg_IsPublishedWithoutItsScripts()
    {
        using var workspace = Workspace.OfRepository();
        File.WriteAllText(workspace.PathOf("content/experiments/02-controllers/images/evil.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\" onload=\"alert(1)\"><script>alert(2)</script><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject><rect width=\"20\" height=\"10\"/></svg>");
        workspace.Edit(Record, "      - file: images/2.1-pods-ready.png\n", "      - file: images/evil.svg\n        alt: {zh: 图, en: A drawing}\n      - file: images/2.1-pods-ready.png\n");

        var (result, report, files) = Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);

        Assert.True(result.Succeeded, report);
        Assert.Contains("warning SG0809: The SVG images/evil.svg holds <foreignObject> elements, <script> elements, event handlers (on… attributes)", report, StringComparison.Ordinal);
        var svg = Encoding.UTF8.GetString(files["files/experiments/02-controllers/images/evil.svg"]);
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"><rect width=\"20\" height=\"10\" /></svg>", svg);
    }

    private static (int, int) Size(byte[] png)
    {
        var info = Image.Identify(png);
        return (info.Width, info.Height);
    }

    private static BuildResult Build(Workspace workspace, string cache)
    {
        var result = SiteBuilder.Build(new BuildOptions(workspace.Content, workspace.Templates, workspace.Site, BuildOptions.DefaultVendorDirectory, new PathDisplay(workspace.Root), cache));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result;
    }
}
