using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary><c>sitegen diff</c> and <c>sitegen verify</c> as a site author and a reviewer use them.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private const string Record = "content/experiments/02-controllers/2.1-statefulset.yaml";
    private const string Title = "en: \"StatefulSet: stateful applications\"";
    private const string NewTitle = "en: \"StatefulSet: pods with stable names\"";

    private readonly Workspace _workspace = Workspace.OfRepository();

    [Fact]
    public void IdenticalBuilds_ReportNoChange_AndExitZero_EvenWithExitCode()
    {
        Build("old");
        Build("new");

        var run = Sitegen.Run("diff", _workspace.PathOf("old"), _workspace.PathOf("new"), "--exit-code");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^0 changed, 0 added, 0 removed, [1-9]\d* unchanged \(", run.Output);
    }

    [Fact]
    public void AChange_IsListed_WrittenAsReports_AndFailsWithExitCode()
    {
        Build("old");
        _workspace.Edit(Record, Title, NewTitle);
        Build("new");
        var html = _workspace.PathOf("review/diff.html");

        var run = Sitegen.Run("diff", _workspace.PathOf("old"), _workspace.PathOf("new"), "--exit-code", "--report", html);
        var json = Sitegen.Run("diff", _workspace.PathOf("old"), _workspace.PathOf("new"), "--format", "json");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.StartsWith("M en/02-controllers/2.1-statefulset/index.html\nM en/02-controllers/2.1-statefulset/parallel.html\nM en/02-controllers/2.1-statefulset/report.md\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../old/en/02-controllers/2.1-statefulset/index.html\">before</a>", File.ReadAllText(html), StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json.Output);
        // 2.1's page and report, 4.1's (which follows up on it), 2.2's page (its pager names 2.1), the index, the
        // pages of 2.1's four tags, and the side-by-side pages of 2.1 and 4.1 in both languages (the Chinese ones
        // show the English text too).
        Assert.Equal(14, parsed.RootElement.GetProperty("summary").GetProperty("changed").GetInt32());
        Assert.Equal(ExitCodes.Success, json.ExitCode);
    }

    [Fact]
    public void Rev_BuildsTheSiteAsItWasAtThatCommit_AndComparesWithTheWorkingTree()
    {
        Git("init", "--quiet");
        Git("add", ".");
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "--quiet", "-m", "first");
        _workspace.Edit(Record, Title, NewTitle);
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "--quiet", "-am", "retitle");
        _workspace.Edit(Record, "部署一个三副本的 StatefulSet", "部署一个五副本的 StatefulSet"); // not committed

        var run = Sitegen.Run("diff", "--rev", "HEAD~1", "--content", _workspace.Content, "--templates", _workspace.Templates);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        Assert.Contains("M en/02-controllers/2.1-statefulset/index.html\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("M zh/02-controllers/2.1-statefulset/index.html\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("(HEAD~1 → working tree)", run.Output, StringComparison.Ordinal);
        Assert.Single(Git("worktree", "list").Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the temporary worktree is gone
    }

    [Fact]
    public void Rev_OutsideAGitRepository_SaysSo()
    {
        var run = Sitegen.Run("diff", "--rev", "HEAD~1", "--content", _workspace.Content, "--templates", _workspace.Templates);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("is not in a git repository, so --rev cannot be used; compare two built sites instead.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFolderWithoutRev_IsAUsageError()
    {
        var run = Sitegen.Run("diff", _workspace.Root);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("diff needs two built site folders (OLD NEW), or --rev REV", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ComparesWithTheApprovedSnapshot_UntilTheChangeIsAccepted()
    {
        string[] verify = ["verify", "--content", _workspace.Content, "--templates", _workspace.Templates];

        var none = Sitegen.Run(verify);
        var accepted = Sitegen.Run([.. verify, "--accept"]);
        var same = Sitegen.Run(verify);
        _workspace.Edit(Record, Title, NewTitle);
        var changed = Sitegen.Run(verify);
        var again = Sitegen.Run([.. verify, "--accept"]);
        var after = Sitegen.Run(verify);

        Assert.Equal(ExitCodes.ContentErrors, none.ExitCode);
        Assert.Contains("run 'sitegen verify --accept' to approve this build", none.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, accepted.ExitCode);
        Assert.True(File.Exists(_workspace.PathOf("approved-site/en/02-controllers/2.1-statefulset/report.md")));
        Assert.Equal(ExitCodes.Success, same.ExitCode);
        Assert.Equal(ExitCodes.ContentErrors, changed.ExitCode);
        Assert.Contains("M en/02-controllers/2.1-statefulset/index.html\n", changed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_workspace.PathOf("site-diff.html")));
        Assert.Contains("(14 written, 0 removed)", again.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, after.ExitCode);
    }

    [Fact]
    public void Verify_WritesItsReportWhereAsked_InANewFolder_InTheFormatItsNameSays()
    {
        string[] verify = ["verify", "--content", _workspace.Content, "--templates", _workspace.Templates];
        Assert.Equal(ExitCodes.Success, Sitegen.Run([.. verify, "--accept"]).ExitCode);
        _workspace.Edit(Record, Title, NewTitle);

        var changed = Sitegen.Run([.. verify, "--report", _workspace.PathOf("reports/site-diff.md")]);

        Assert.Equal(ExitCodes.ContentErrors, changed.ExitCode);
        Assert.StartsWith("## ", File.ReadAllText(_workspace.PathOf("reports/site-diff.md")), StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private void Build(string folder) =>
        Assert.Equal(ExitCodes.Success, Sitegen.Run("build", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.PathOf(folder)).ExitCode);

    private string Git(params string[] arguments) => Programs.Run(_workspace.Root, "git", arguments);
}
