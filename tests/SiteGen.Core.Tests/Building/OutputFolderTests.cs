using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// The output folder is replaced as a whole, but what the user put there (a CNAME, a .git of a gh-pages
/// checkout, a page of their own) is never lost, and no --out value makes the build crash or eat its sources.
/// </summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void FilesTheUserAddedToAPreviousOutput_SurviveTheNextBuild()
    {
        using var workspace = Workspace.OfRepository();
        Assert.True(Builds.Run(workspace).Result.Succeeded);
        workspace.Write("site/CNAME", "labs.example.org\n");
        workspace.Write("site/.git/HEAD", "ref: refs/heads/gh-pages\n");
        workspace.Write("site/zh/notes/mine.html", "<p>mine</p>\n");
        workspace.Edit("templates/html/Index.cshtml", "<p class=\"lead\">", "<p class=\"lead rebuilt\">");

        var (result, report) = Builds.Run(workspace);

        Assert.True(result.Succeeded, report);
        Assert.Equal("labs.example.org\n", File.ReadAllText(workspace.PathOf("site/CNAME")));
        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(workspace.PathOf("site/.git/HEAD")));
        Assert.Equal("<p>mine</p>\n", File.ReadAllText(workspace.PathOf("site/zh/notes/mine.html")));
        Assert.Contains("lead rebuilt", File.ReadAllText(workspace.PathOf("site/zh/index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("CNAME", File.ReadAllText(workspace.PathOf("site/.sitegen-output")), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstBuild_IntoAGhPagesCheckout_Succeeds_KeepsItsFiles_AndWritesNoJekyll()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Write("site/.git/HEAD", "ref: refs/heads/gh-pages\n");
        workspace.Write("site/.git/config", "[core]\n");
        workspace.Write("site/CNAME", "labs.example.org\n");
        workspace.Write("site/README.md", "# The published site\n");
        workspace.Write("site/.nojekyll", "");

        var (result, report) = Builds.Run(workspace);

        Assert.True(result.Succeeded, report);
        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(workspace.PathOf("site/.git/HEAD")));
        Assert.Equal("labs.example.org\n", File.ReadAllText(workspace.PathOf("site/CNAME")));
        Assert.Equal("# The published site\n", File.ReadAllText(workspace.PathOf("site/README.md")));
        Assert.Equal("", File.ReadAllText(workspace.PathOf("site/.nojekyll")));
        Assert.True(File.Exists(workspace.PathOf("site/zh/index.html")));
        var manifest = File.ReadAllText(workspace.PathOf("site/.sitegen-output"));
        Assert.DoesNotContain("CNAME", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(".git/", manifest, StringComparison.Ordinal);

        // And it stays theirs on the next build.
        Assert.True(Builds.Run(workspace).Result.Succeeded);
        Assert.Equal("labs.example.org\n", File.ReadAllText(workspace.PathOf("site/CNAME")));
    }

    [Fact]
    public void EveryBuild_WritesNoJekyll_SoGitHubPagesPublishesTheSiteAsItIs()
    {
        using var workspace = Workspace.OfRepository();

        Assert.True(Builds.Run(workspace).Result.Succeeded);

        Assert.Equal(0, new FileInfo(workspace.PathOf("site/.nojekyll")).Length);
    }

    [Fact]
    public void TheFirstBuild_IntoAFolderWithOtherFiles_IsRefused_NamingOne()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Write("site/CNAME", "labs.example.org\n");
        workspace.Write("site/notes.txt", "mine\n");

        var (result, report) = Builds.Run(workspace);

        Assert.False(result.Succeeded);
        Assert.Contains("error SG0408: The output folder holds files SiteGen did not write (notes.txt, ...)", report, StringComparison.Ordinal);
        Assert.Equal("mine\n", File.ReadAllText(workspace.PathOf("site/notes.txt")));
    }

    [Fact]
    public void UserFileWhereTheBuildNowWrites_FailsTheBuild_AndKeepsEverything()
    {
        using var workspace = Workspace.OfRepository();
        Assert.True(Builds.Run(workspace).Result.Succeeded);
        workspace.Write("site/assets/more.css", "/* the user's */\n");
        workspace.Write("templates/assets/more.css", "/* the theme's */\n");
        var before = Workspace.Snapshot(workspace.Site);

        var (result, report) = Builds.Run(workspace);

        Assert.False(result.Succeeded);
        Assert.Contains("error SG0408: assets/more.css in the output folder was not written by SiteGen, but this build writes it; move it elsewhere.", report, StringComparison.Ordinal);
        var after = Workspace.Snapshot(workspace.Site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(after, f => Assert.True(f.Value.AsSpan().SequenceEqual(before[f.Key]), $"{f.Key} changed."));
        Assert.Equal(["content", "site", "templates"], Builds.EntriesBesideOutput(workspace.Root));
    }

    [Theory]
    [InlineData("content/site.yaml", "The output path is a file; choose a folder with --out.")]
    [InlineData("content/site.yaml/site", "The output folder cannot be created because")]
    [InlineData("templates/assets/site", "The output folder is inside the build's sources")]
    [InlineData(".", "The output folder holds the build's own sources")]
    public void UnusableOutputPaths_AreDiagnostics_NotCrashes(string output, string message)
    {
        using var workspace = Workspace.OfRepository();
        var before = Workspace.Snapshot(workspace.Root);

        var (result, report) = Builds.Run(workspace, workspace.PathOf(output));

        Assert.False(result.Succeeded);
        Assert.Contains("error SG0408: " + message, report, StringComparison.Ordinal);
        Assert.Equal(before.Keys, Workspace.Snapshot(workspace.Root).Keys);
    }

    [Fact]
    public void LeftoversOfAKilledBuild_AreCleanedUp()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Write(".site.tmp-dead/index.html", "half written");
        workspace.Write(".site.old-dead/index.html", "retired");

        Assert.True(Builds.Run(workspace).Result.Succeeded);

        Assert.Equal(["content", "site", "templates"], Builds.EntriesBesideOutput(workspace.Root));
    }
}
