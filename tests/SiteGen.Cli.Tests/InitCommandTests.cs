using SiteGen.Cli;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Cli.Tests;

/// <summary><c>sitegen init</c> as a new user runs it: in an empty folder outside the repository.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-init-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string relative) => Path.Combine(_folder, relative);

    [Fact]
    public void Init_WritesASiteThatChecksCleanAndBuildsRightAway_WithoutACopyOfTheTheme()
    {
        var site = PathOf("notes");

        var run = Sitegen.Run("init", site);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var file in new[] { "content/site.yaml", "content/experiments/01-getting-started/1.1-first-experiment.yaml", ".gitignore", ".github/workflows/pages.yml", "content/schema/lab-record.schema.json" })
        {
            Assert.True(File.Exists(Path.Combine(site, file)), file);
            Assert.Contains(file, run.Output, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(site, "templates")));
        Assert.Contains("sitegen serve", run.Output, StringComparison.Ordinal);

        var check = Sitegen.Run("check", "--content", Path.Combine(site, "content"));
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.Contains("0 errors, 0 warnings", check.Output, StringComparison.Ordinal);

        var build = Sitegen.Run("build", "--content", Path.Combine(site, "content"), "--out", Path.Combine(site, "site"), "--diagrams", "in-browser");
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.True(File.Exists(Path.Combine(site, "site/en/01-getting-started/1.1-first-experiment/index.html")), build.Output);
        Assert.True(File.Exists(Path.Combine(site, "site/zh/index.html")));
    }

    [Fact]
    public void Init_WhereASiteIsAlready_WritesNothing_AndSaysWhy()
    {
        Assert.Equal(ExitCodes.Success, Sitegen.Run("init", _folder).ExitCode);
        File.WriteAllText(PathOf("content/site.yaml"), "# mine\n");

        var again = Sitegen.Run("init", _folder);

        Assert.Equal(ExitCodes.ContentErrors, again.ExitCode);
        Assert.Contains("error SG0209: This is already here, and init never overwrites a site", again.Output, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was created.\n", again.Output, StringComparison.Ordinal);
        Assert.Equal("# mine\n", File.ReadAllText(PathOf("content/site.yaml")));
    }

    [Fact]
    public void Init_InAFreshRepositoryClone_KeepsItsReadmeAndGit()
    {
        File.WriteAllText(PathOf("README.md"), "# My notes\n");
        Directory.CreateDirectory(PathOf(".git"));
        File.WriteAllText(PathOf(".git/HEAD"), "ref: refs/heads/main\n");

        Assert.Equal(ExitCodes.Success, Sitegen.Run("init", _folder).ExitCode);

        Assert.Equal("# My notes\n", File.ReadAllText(PathOf("README.md")));
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(PathOf(".git/HEAD")));
    }

    [Fact]
    public void TheWorkflow_BuildsWithTheTool_AndPublishesTheSiteFolderToPages()
    {
        Assert.Equal(ExitCodes.Success, Sitegen.Run("init", _folder).ExitCode);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(PathOf(".github/workflows/pages.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        var steps = ((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).Cast<YamlMappingNode>().ToList();
        Assert.Contains(steps, s => s.Children.TryGetValue("run", out var run) && run.ToString() == "dotnet tool install --global SiteGen");
        Assert.Contains(steps, s => s.Children.TryGetValue("run", out var run) && run.ToString() == "sitegen build");
        var upload = Assert.Single(steps, s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Equal("site", ((YamlMappingNode)upload["with"])["path"].ToString());
        Assert.Contains("actions/deploy-pages@", File.ReadAllText(PathOf(".github/workflows/pages.yml")), StringComparison.Ordinal);
        Assert.Contains("/site/", File.ReadAllLines(PathOf(".gitignore")));
    }
}
