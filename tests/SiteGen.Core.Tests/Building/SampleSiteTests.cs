using SiteGen.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// Every page and report of the sample site, per language, pinned under <c>Snapshots/sample/</c> as
/// <c>*.verified.html</c> and <c>*.verified.md</c>, named by their path in the site.
/// </summary>
public sealed class SampleSiteTests
{
    private static readonly PinnedSite Pins = new(Path.Combine(TestPaths.Here(), "Building", "Snapshots", "sample"), () => Builds.Sample.Value.Files);

    private static Lazy<(BuildResult Result, string Report, SortedDictionary<string, byte[]> Files)> Sample => Builds.Sample;

    /// <summary>The pages and reports that have a verified snapshot.</summary>
    public static TheoryData<string> PinnedFiles() => [.. Pins.Pinned()];

    [Fact]
    public void SampleBuilds_Cleanly()
    {
        Assert.True(Sample.Value.Result.Succeeded, Sample.Value.Report);
        Assert.Equal("4 files checked: 0 errors, 0 warnings.\n", Sample.Value.Report);
        Assert.Equal(48, Sample.Value.Result.Pages);
        Assert.Equal(6, Sample.Value.Result.Reports);
        Assert.Equal(2, Sample.Value.Result.OtherFiles);
        Assert.All(Sample.Value.Result.Coverage, c => Assert.Equal(c.Total, c.Translated));
    }

    [Theory]
    [MemberData(nameof(PinnedFiles))]
    public void Page_MatchesItsSnapshot(string path) => Pins.Verify(path);

    [Fact]
    public void EveryPageAndReport_IsPinned() => Pins.AssertEveryPageAndReportIsPinned();

    [Fact]
    public void SameInput_GivesTheSameBytes()
    {
        var second = Builds.InMemory(RepositoryPaths.Content, RepositoryPaths.Templates, RepositoryPaths.Root).Files;

        Assert.Equal(Sample.Value.Files.Keys, second.Keys);
        Assert.All(second, file => Assert.True(file.Value.AsSpan().SequenceEqual(Sample.Value.Files[file.Key]), $"{file.Key} differs between two builds."));
    }

    [Fact]
    public void Output_HasNoAbsolutePathsOrTimestamps()
    {
        var texts = Sample.Value.Files.Where(f => !f.Key.StartsWith("assets/vendor/", StringComparison.Ordinal))
            .Select(f => (f.Key, Text: System.Text.Encoding.UTF8.GetString(f.Value)));

        Assert.All(texts, file =>
        {
            Assert.DoesNotContain(RepositoryPaths.Root, file.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), file.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), file.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Chinese_StaysAsCharacters_NotEntities()
    {
        var zh = System.Text.Encoding.UTF8.GetString(Sample.Value.Files["zh/02-controllers/2.1-statefulset/index.html"]);

        Assert.Contains("<h1 data-pagefind-meta=\"title\">StatefulSet 有状态应用</h1>", zh, StringComparison.Ordinal);
        Assert.All(Sample.Value.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)),
            page => Assert.DoesNotContain("&#x", System.Text.Encoding.UTF8.GetString(page.Value), StringComparison.Ordinal));
    }
}
