using SiteGen.Cli;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary><c>sitegen import</c> as a user runs it: a folder of notes into a site's chapters, then check and build.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Note = "# Lab record: Jobs\n\n**Date**: 2024-02-01  \n**Experiment**: 3.1  \n\n---\n\n## 📝 Summary\n\n### In one line\nA Job runs to completion.\n\n---\n";

    private readonly Workspace _workspace = Workspace.OfRepository();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Import_WritesEachNoteAsARecord_ThatChecksAndBuilds_AndSaysWhatItDid()
    {
        _workspace.Write("notes/jobs.md", Note);
        _workspace.Write("notes/cron.md", Note.Replace("3.1", "3.2", StringComparison.Ordinal).Replace("Jobs", "CronJobs", StringComparison.Ordinal));

        var run = Import(_workspace.PathOf("notes/jobs.md"), _workspace.PathOf("notes/cron.md"), "--language", "en", "--chapter", "2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("as experiment 2.3: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("as experiment 2.4: ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("2 of 2 notes imported. Run 'sitegen check' to see the records as the site reads them.\n", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_workspace.PathOf("content/experiments/02-controllers/2.3-jobs.yaml")));
        Assert.Equal(ExitCodes.Success, Sitegen.Run("check", "--content", _workspace.Content).ExitCode);
        Assert.Equal(ExitCodes.Success, Sitegen.Run("build", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.Site).ExitCode);
        Assert.Contains("A Job runs to completion.", File.ReadAllText(_workspace.PathOf("site/en/02-controllers/2.3-jobs/report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OfANoteThatIsNoRecord_Exits1_AndImportsTheOthers()
    {
        _workspace.Write("notes/jobs.md", Note.Replace("3.1", "2.5", StringComparison.Ordinal));
        _workspace.Write("notes/readme.md", "# Hello\n\nJust text.\n");

        var run = Import(_workspace.PathOf("notes/jobs.md"), _workspace.PathOf("notes/readme.md"), "--language", "en");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("readme.md: error SG0601: This is not a lab record", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 2 notes imported.", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_workspace.PathOf("content/experiments/02-controllers/2.5-jobs.yaml")));
    }

    [Fact]
    public void Import_InALanguageTheSiteLacks_ImportsNothing()
    {
        _workspace.Write("notes/jobs.md", Note);

        var run = Import(_workspace.PathOf("notes/jobs.md"), "--language", "fr");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("error SG0106: The site has no language 'fr'", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was imported.\n", run.Output, StringComparison.Ordinal);
    }

    private Sitegen.Result Import(params string[] args) =>
        Sitegen.Run(["import", .. args, "--content", _workspace.Content, "--templates", _workspace.Templates]);
}
