using SiteGen.Cli;
using SiteGen.Output;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary>Two <c>sitegen build</c>s into one folder take turns; one that will not wait says who holds the folder.</summary>
public sealed class ConcurrentBuildCommandTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.OfRepository();

    [Fact]
    public void TwoProcessesBuildingAtOnce_BothSucceed_OneAfterTheOther()
    {
        string[] build = ["build", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.Site];
        var runs = Enumerable.Range(0, 3).Select(_ => Sitegen.Start(build)).ToList();
        var outputs = runs.Select(r => (Output: r.StandardOutput.ReadToEndAsync(), Error: r.StandardError.ReadToEndAsync(), Process: r)).ToList();
        foreach (var (_, _, process) in outputs)
        {
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
        }

        Assert.All(outputs, o => Assert.True(o.Process.ExitCode == ExitCodes.Success, o.Output.Result));
        Assert.Contains(outputs, o => o.Error.Result.Contains("Waiting for another build to finish writing", StringComparison.Ordinal));
        Assert.Equal(48, Directory.GetFiles(_workspace.Site, "*.html", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [InlineData("-1", "--lock-timeout must be 0 or more seconds.")]
    [InlineData("abc", "Cannot parse argument 'abc' for option '--lock-timeout'")] // was an unhandled exception (exit 134)
    public void ALockTimeoutThatIsNotZeroOrMoreSeconds_IsAUsageError(string value, string message)
    {
        var run = Sitegen.Run("build", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.Site, "--lock-timeout", value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LockTimeoutZero_FailsAtOnce_SayingWhoHoldsTheFolder()
    {
        using var held = OutputLock.Acquire(_workspace.Site, TimeSpan.Zero, null, out _);
        Assert.NotNull(held);

        var run = Sitegen.Run("build", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.Site, "--lock-timeout", "0");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains($"error SG0409: Another build is writing to this folder (sitegen process {Environment.ProcessId}, started at ", run.Output, StringComparison.Ordinal);
        Assert.Contains(") and did not finish within 0 s; wait for it, or stop it, and build again.", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.Site));
    }

    public void Dispose() => _workspace.Dispose();
}
