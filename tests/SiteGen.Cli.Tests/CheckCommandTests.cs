using SiteGen.Cli;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary><c>sitegen check</c> as a user runs it: what it prints and what it exits with.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void SampleContent_IsClean()
    {
        var run = Sitegen.Run("check", "--content", RepositoryPaths.Content);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("4 files checked: 0 errors, 0 warnings.\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("02-controllers/2.1-statefulset.yaml")]
    [InlineData("02-controllers/2.2-deployment-rolling-update.yaml")]
    [InlineData("04-storage/4.1-pv-pvc.yaml")]
    public void UnknownKeyInASampleRecord_IsReportedWithPositionAndSuggestion_AndTheOthersAreStillChecked(string record)
    {
        using var content = ContentFolder.CopyOf(RepositoryPaths.Content);
        var lines = File.ReadAllLines(content.Experiment(record)).ToList();
        var titleLine = lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal));
        lines.Insert(titleLine, "titel: oops");
        File.WriteAllLines(content.Experiment(record), lines);
        var otherRecord = content.Experiment(record.StartsWith("04", StringComparison.Ordinal) ? "02-controllers/2.1-statefulset.yaml" : "04-storage/4.1-pv-pvc.yaml");
        File.AppendAllText(otherRecord, "colour: red\n");

        var run = Sitegen.Run("check", "--content", content.Root);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(
            $"experiments/{record}({titleLine + 1},1): error SG0101: Unknown key 'titel' at the top level of the file. Did you mean 'title'?",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains("error SG0101: Unknown key 'colour'", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("4 files checked: 2 errors, 0 warnings.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingContentFolder_IsAnError_NotACrash()
    {
        var run = Sitegen.Run("check", "--content", Path.Combine(Path.GetTempPath(), "sitegen-no-such-folder"));

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("error SG0301", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("chekc")]
    [InlineData("check", "--content")]
    public void BadUsage_ExitsWith2(params string[] args)
    {
        var run = Sitegen.Run(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Run 'sitegen --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        var run = Sitegen.Run("--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(typeof(SiteGenApp).Assembly.GetName().Version!.ToString(3) + "\n", run.Output);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = Sitegen.Run("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("check", run.Output, StringComparison.Ordinal);
        Assert.Contains("--content", Sitegen.Run("check", "--help").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCommand_SaysItIsNotACommand_AndSuggestsTheNearest()
    {
        var run = Sitegen.Run("chek");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("sitegen: 'chek' is not a sitegen command. Did you mean 'check'? The commands are check, build, serve, schema, diff, verify and new. Run 'sitegen --help' for usage.\n", run.Error);
    }

    [Fact]
    public void NoCommand_SaysWhatToDo()
    {
        var run = Sitegen.Run();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("sitegen: say what to do: check, build, serve, schema, diff, verify or new. Run 'sitegen --help' for usage.\n", run.Error);
    }
}
