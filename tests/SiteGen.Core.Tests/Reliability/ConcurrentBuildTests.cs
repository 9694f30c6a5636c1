using SiteGen.Building;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Reliability;

/// <summary>
/// Two builds into one output folder (an editor's build-on-save and a manual build, two CI jobs) never
/// lose output: they take turns, and the folder ends up holding exactly one whole site.
/// </summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public void BuildsIntoTheSameFolderAtOnce_TakeTurns_AndLeaveOneWholeSite()
    {
        using var workspace = Workspace.OfRepository();
        var expected = Builds.Sample.Value.Files;

        for (var round = 0; round < (LongRuns.Enabled ? 50 : 3); round++)
        {
            var results = Enumerable.Range(0, 4)
                .AsParallel()
                .WithDegreeOfParallelism(4)
                .Select(_ => Builds.Run(workspace))
                .ToList();

            Assert.All(results, r => Assert.True(r.Result.Succeeded, r.Report));
            var site = Workspace.Snapshot(workspace.Site);
            Assert.Equal(expected.Keys, site.Keys);
            Assert.All(site, f => Assert.True(f.Value.AsSpan().SequenceEqual(expected[f.Key]), $"{f.Key} differs from a build on its own."));
        }

        Assert.Equal(["content", "site", "templates"], Builds.EntriesBesideOutput(workspace.Root));
    }
}
