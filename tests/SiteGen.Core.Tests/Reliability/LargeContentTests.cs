using System.Text;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Reliability;

/// <summary>Content as large as SiteGen accepts comes out whole, or is refused by check: never cut short in silence.</summary>
public sealed class LargeContentTests
{
    [Fact]
    public void AStepWithA2MegabyteLog_GivesTheWholeReport()
    {
        using var workspace = Workspace.OfRepository();
        var log = new StringBuilder();
        for (var line = 1; log.Length < 2_000_000; line++)
        {
            log.Append("      2024-01-15T10:00:00Z pod web-0 log line ").Append(line).Append(" of a long run\n");
        }

        var lastLine = log.ToString().TrimEnd('\n').Split('\n')[^1].Trim();
        workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "\n    actual: |\n", "\n    actual: |\n" + log);

        var (result, report) = Builds.Run(workspace);

        Assert.True(result.Succeeded, report);
        var markdown = File.ReadAllText(workspace.PathOf("site/zh/02-controllers/2.1-statefulset/report.md"));
        Assert.Contains(lastLine, markdown, StringComparison.Ordinal);
        Assert.Contains("**实验记录完成时间**: 2024-01-15 13:00", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("...\n", markdown[^200..], StringComparison.Ordinal);
    }

    [Fact]
    public void TheLongestListSiteGenAccepts_Builds()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "\n    expected:\n", "\n    expected:\n" + Items(10_000 - 3));

        var (result, report) = Builds.Run(workspace);

        Assert.True(result.Succeeded, report);
        var markdown = File.ReadAllText(workspace.PathOf("site/en/02-controllers/2.1-statefulset/report.md"));
        Assert.Contains("- expected 9997\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AListLongerThanSiteGenSupports_IsAPositionedCheckError_NotATemplateError()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "\n    expected:\n", "\n    expected:\n" + Items(10_000 - 2));

        var (result, report) = Builds.Run(workspace);

        Assert.False(result.Succeeded);
        var line = File.ReadAllLines(workspace.PathOf("content/experiments/02-controllers/2.1-statefulset.yaml"))
            .Select((text, i) => (text, i)).Where(l => l.text.Contains("zh: 每个 Pod 都有对应的 PVC", StringComparison.Ordinal)).First().i + 1;
        Assert.Contains($"content/experiments/02-controllers/2.1-statefulset.yaml({line},9): error SG0007: This list has more than 10000 items", report, StringComparison.Ordinal);
        Assert.DoesNotContain("SG04", report, StringComparison.Ordinal);
    }

    private static string Items(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"      - expected {i}\n"));
}
