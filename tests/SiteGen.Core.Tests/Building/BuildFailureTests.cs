using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// A broken record or template fails the build with a positioned diagnostic and leaves the previous site
/// exactly as it was. The printed diagnostics are pinned in <c>Snapshots/</c>.
/// </summary>
public sealed class BuildFailureTests
{
    [Fact]
    public void BrokenRecord_FailsAndKeepsThePreviousSite()
    {
        AssertFailsAndKeepsSite(w => w.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "date: 2024-01-15", "date: 2024-13-45"));
    }

    [Fact]
    public void RazorCompileError_IsReportedAtTheTemplateLine()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/html/Experiment.cshtml", "@Model.Id</span></p>", "@Model.Idd</span></p>"));
    }

    [Fact]
    public void RazorParseError_IsReportedAtTheTemplateLine()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/html/_Layout.cshtml", "@RenderBody()", "@RenderBody("));
    }

    [Fact]
    public void RazorRuntimeError_NamesTheTemplateAndThePage()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/html/Index.cshtml", "@ui[\"path_title\"]", "@ui[\"no_such_string\"]"));
    }

    [Fact]
    public void ScribanSyntaxError_IsReportedAtTheTemplateLine()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/report/report.sbn", "{{ page.date }}", "{{ page.date "));
    }

    [Fact]
    public void ScribanMisspeltMember_IsAnError_NotAnEmptyString()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/report/report.sbn", "{{ page.date }}", "{{ page.dte }}"));
    }

    [Fact]
    public void ScribanSyntaxErrorInASectionPartial_IsReportedAtThePartialsLine()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/report/sections/cleanup.sbn", "{{ page.cleanup.status_label }}", "{{ page.cleanup.status_label "));
    }

    [Fact]
    public void ScribanMisspeltMemberInASectionPartial_IsReportedAtThePartialsLine()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/report/sections/cleanup.sbn", "{{ page.cleanup.status_label }}", "{{ page.cleanup.status_lable }}"));
    }

    [Fact]
    public void RazorCompileErrorInASectionPartial_IsReportedAtThePartialsLine()
    {
        AssertFailsAndKeepsSite(w => w.Edit("templates/html/sections/summary.cshtml", "page.Conclusion.OneLine.Html", "page.Conclusion.OneLine.Htm"));
    }

    [Fact]
    public void UiStringAddedInOneLanguageOnly_IsReportedInTheOtherLanguagesFile()
    {
        // A string the theme lacks, for the site's own templates: every language needs it (one the theme has
        // and a site's file leaves out comes from the theme).
        AssertFailsAndKeepsSite(w => w.Edit("templates/i18n/en.yaml", "view_report: Markdown report\n", "view_report: Markdown report\nour_motto: Measure twice\n"));
    }

    [Fact]
    public void OutputFolderWithForeignFiles_IsNeverReplaced()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Write("site/notes.txt", "my own notes");

        var (result, report) = Builds.Run(workspace);

        Assert.False(result.Succeeded);
        Assert.Contains("error SG0408", report, StringComparison.Ordinal);
        Assert.Equal("my own notes", File.ReadAllText(workspace.PathOf("site/notes.txt")));
        Assert.Single(Directory.GetFileSystemEntries(workspace.Site));
    }

    [Fact]
    public void ReadmeOfTheOutputFolder_SurvivesRebuilds()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Write("site/README.md", "# site/\n");

        var (first, report) = Builds.Run(workspace);
        Builds.Run(workspace);

        Assert.True(first.Succeeded, report);
        Assert.Equal("# site/\n", File.ReadAllText(workspace.PathOf("site/README.md")));
        Assert.True(File.Exists(workspace.PathOf("site/zh/index.html")));
    }

    private static void AssertFailsAndKeepsSite(Action<Workspace> breakIt, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        using var workspace = Workspace.OfRepository();
        var (first, firstReport) = Builds.Run(workspace);
        Assert.True(first.Succeeded, firstReport);
        var before = Workspace.Snapshot(workspace.Site);

        breakIt(workspace);
        var (result, report) = Builds.Run(workspace);

        Assert.False(result.Succeeded);
        Snapshot.Verify(report, name: null, directory: "Snapshots", member: test);
        var after = Workspace.Snapshot(workspace.Site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(after, file => Assert.True(file.Value.AsSpan().SequenceEqual(before[file.Key]), $"{file.Key} changed."));
        Assert.Equal(["content", "site", "templates"], Builds.EntriesBesideOutput(workspace.Root));
    }
}
