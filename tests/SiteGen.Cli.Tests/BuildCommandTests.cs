using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary><c>sitegen build</c> as a user runs it.</summary>
public sealed partial class BuildCommandTests
{
    [Fact]
    public void SampleSite_Builds_AndSaysWhatItWroteAndHowLongItTook()
    {
        using var workspace = Workspace.OfRepository();

        var run = Sitegen.Run("build", "--content", workspace.Content, "--templates", workspace.Templates, "--out", workspace.Site);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("4 files checked: 0 errors, 0 warnings.\n", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nTranslated into zh: (\d{3,}) of \1 prose fields \(100%\)\.\nTranslated into en: \1 of \1 prose fields \(100%\)\.\n", run.Output);
        Assert.Matches(Wrote(), run.Output);
        Assert.True(File.Exists(workspace.PathOf("site/zh/02-controllers/2.1-statefulset/index.html")));
        Assert.True(File.Exists(workspace.PathOf("site/en/02-controllers/2.1-statefulset/report.md")));
        Assert.True(File.Exists(workspace.PathOf("site/assets/vendor/mermaid/mermaid.min.js")));
    }

    [Fact]
    public void BrokenTemplate_ExitsWith1_AndLeavesTheSiteAlone()
    {
        using var workspace = Workspace.OfRepository();
        string[] args = ["build", "--content", workspace.Content, "--templates", workspace.Templates, "--out", workspace.Site];
        Assert.Equal(ExitCodes.Success, Sitegen.Run(args).ExitCode);
        var before = File.ReadAllText(workspace.PathOf("site/en/index.html"));
        workspace.Edit("templates/html/_Layout.cshtml", "@RenderBody()", "@RenderBody(");

        var run = Sitegen.Run(args);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("_Layout.cshtml(", run.Output, StringComparison.Ordinal);
        Assert.Contains("error SG0401", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(" was left as it was.\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(workspace.PathOf("site/en/index.html")));
    }

    [Fact]
    public void ALanguageBelowWhatSiteYamlRequires_FailsTheBuild_AndLeavesTheSiteAlone()
    {
        using var workspace = Workspace.OfRepository();
        string[] args = ["build", "--content", workspace.Content, "--templates", workspace.Templates, "--out", workspace.Site];
        workspace.Edit("content/site.yaml", "    name: English\n", "    name: English\n    require_translation: 100\n");
        Assert.Equal(ExitCodes.Success, Sitegen.Run(args).ExitCode);
        var before = File.ReadAllText(workspace.PathOf("site/en/index.html"));
        workspace.Edit("content/experiments/04-storage/4.1-pv-pvc.yaml", "\n  en: PV and PVC storage", "\n  # en: PV and PVC storage");

        var run = Sitegen.Run(args);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("error SG0501: 'title' has no English (en) text yet", run.Output, StringComparison.Ordinal);
        Assert.Contains("that require_translation in site.yaml requires: translate 1 more field", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(workspace.PathOf("site/en/index.html")));
        Assert.Equal(ExitCodes.Success, Sitegen.Run([.. args, "--require-translation", "en=99"]).ExitCode);
    }

    [Fact]
    public void AFailedFirstBuild_SaysNothingWasWritten_NotThatASiteWasLeftAlone()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("templates/html/_Layout.cshtml", "@RenderBody()", "@RenderBody(");

        var run = Sitegen.Run("build", "--content", workspace.Content, "--templates", workspace.Templates, "--out", workspace.Site);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Matches(@"\nBuild failed; nothing was written to \S*site\.\n$", run.Output);
        Assert.False(Directory.Exists(workspace.Site) && Directory.EnumerateFileSystemEntries(workspace.Site).Any());
    }

    [Fact]
    public void Redirected_ProgressIsPlainLinesOnStandardError()
    {
        using var workspace = Workspace.OfRepository();

        var run = Sitegen.Run("build", "--content", workspace.Content, "--templates", workspace.Templates, "--out", workspace.Site);

        Assert.Equal("Building 20 pages…\n", run.Error);
        Assert.DoesNotContain("Building 20 pages…", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondBuild_SaysEveryPageWasReused()
    {
        using var workspace = Workspace.OfRepository();
        string[] build = ["build", "--content", workspace.Content, "--templates", workspace.Templates, "--out", workspace.Site];
        Assert.Equal(ExitCodes.Success, Sitegen.Run(build).ExitCode);

        var second = Sitegen.Run(build);

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.EndsWith(": 0 rendered, 56 reused.\n", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsBadUsage()
    {
        Assert.Equal(ExitCodes.Usage, Sitegen.Run("build", "--output", "x").ExitCode);
    }

    [GeneratedRegex(@"\nBuilt 48 pages, 6 reports, 2 other files and 9 files from the content into \S*site in \d+\.\d\d s: 56 rendered, 0 reused\.\n$")]
    private static partial Regex Wrote();
}
