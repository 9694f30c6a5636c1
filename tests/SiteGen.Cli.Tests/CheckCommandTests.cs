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
        Assert.Matches(@"^4 files checked: 0 errors, 0 warnings.\nTranslated into zh: (\d{3,}) of \1 prose fields \(100%\)\.\nTranslated into en: \1 of \1 prose fields \(100%\)\.\n$", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void ALanguageBelowWhatIsRequired_FailsTheCheck_NamingTheShortfall_AndTheRecordsToTranslate()
    {
        using var content = ContentFolder.CopyOf(RepositoryPaths.Content);
        content.Add("02-controllers/2.9-minimal.yaml", "id: \"2.9\"\nslug: minimal\nchapter: 2\ntitle: 最小记录\ndate: 2026-01-01\nsummary:\n  one_line: 只有必填字段\n");
        Assert.Equal(ExitCodes.Success, Sitegen.Run("check", "--content", content.Root).ExitCode);

        var run = Sitegen.Run("check", "--content", content.Root, "--require-translation", "en");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("2.9-minimal.yaml(4,8): error SG0501: 'title' has no English (en) text yet", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"site\.yaml: error SG0502: English \(en\) is 99\.\d% translated \((\d+) of \d+ prose fields\), below the 100% that --require-translation en=100 requires: translate 2 more fields", run.Output);
        Assert.Contains("below the 100% required: 2 more needed.\n  Most untranslated: ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("experiments/02-controllers/2.9-minimal.yaml (2).\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, Sitegen.Run("check", "--content", content.Root, "--require-translation", "en=99").ExitCode);
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
        Assert.Contains("\n4 files checked: 2 errors, 0 warnings.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTranslations_AreOneLinePerRecordAndLanguage_EachWithVerbose_AndAllInTheLog()
    {
        using var content = ContentFolder.CopyOf(RepositoryPaths.Content);
        content.Add("02-controllers/2.9-minimal.yaml", "id: \"2.9\"\nslug: minimal\nchapter: 2\ntitle: 最小记录\ndate: 2026-01-01\nsummary:\n  one_line: 只有必填字段\n");
        var log = Path.Combine(content.Root, "logs", "check.log");

        var run = Sitegen.Run("check", "--content", content.Root, "--log", log);
        var verbose = Sitegen.Run("check", "--content", content.Root, "--verbose");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Single(run.Output.Split('\n'), l => l.Contains("SG0501", StringComparison.Ordinal));
        Assert.Contains("2.9-minimal.yaml(4,8): warning SG0501: 2 fields have no en text yet ('title', 'summary.one_line')", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n5 files checked: 0 errors, 2 warnings.\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, verbose.Output.Split('\n').Count(l => l.Contains("SG0501", StringComparison.Ordinal)));
        Assert.Equal(2, File.ReadAllLines(log).Count(l => l.Contains("SG0501", StringComparison.Ordinal)));
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
    [InlineData("check", "--require-translation", "en=101")]
    [InlineData("build", "--require-translation", "English")]
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
        Assert.Equal("sitegen: 'chek' is not a sitegen command. Did you mean 'check'? The commands are check, build, serve, schema, diff, verify, init, audit, new and import. Run 'sitegen --help' for usage.\n", run.Error);
    }

    [Fact]
    public void NoCommand_SaysWhatToDo()
    {
        var run = Sitegen.Run();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("sitegen: say what to do: check, build, serve, schema, diff, verify, init, audit, new or import. Run 'sitegen --help' for usage.\n", run.Error);
    }
}
