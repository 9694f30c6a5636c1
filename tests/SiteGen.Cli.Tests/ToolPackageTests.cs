using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary>
/// SiteGen as a user installs it: packed as a .NET tool, installed into a folder of its own, and run in an
/// empty folder outside the repository, with no clone and no templates: <c>init</c>, <c>check</c>, <c>build</c>, <c>audit</c>.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("sitegen-tool-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void ThePackedTool_Installed_InitsChecksBuildsAndAuditsASite_InAnEmptyFolder()
    {
        var packages = Path.Combine(_scratch, "packages");
        var tools = Path.Combine(_scratch, "tools");
        var site = Path.Combine(_scratch, "empty", "notes");
        Directory.CreateDirectory(Path.GetDirectoryName(site)!);

        Programs.Run(RepositoryPaths.Root, "dotnet", "pack", Path.Combine(RepositoryPaths.Root, "src/SiteGen.Cli"), "-c", "Release", "-o", packages, "-v", "q");
        var package = Assert.Single(Directory.GetFiles(packages, "SiteGen.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["SiteGen.".Length..];
        Programs.Run(_scratch, "dotnet", "tool", "install", "SiteGen", "--tool-path", tools, "--add-source", packages, "--version", version);
        var sitegen = Path.Combine(tools, "sitegen");

        var init = Programs.Run(Path.GetDirectoryName(site)!, sitegen, "init", "notes");
        Assert.Contains("Created notes/content/site.yaml", init, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site, "templates")));

        Assert.Contains("0 errors, 0 warnings", Programs.Run(site, sitegen, "check"), StringComparison.Ordinal);
        var build = Programs.Run(site, sitegen, "build", "--diagrams", "in-browser");

        Assert.Contains("Built 10 pages", build, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "site/en/01-getting-started/1.1-first-experiment/index.html")));
        Assert.True(File.Exists(Path.Combine(site, "site/assets/site.css")), "the built-in theme's style sheet");
        Assert.True(File.Exists(Path.Combine(site, "site/assets/vendor/mermaid/mermaid.min.js")), "Mermaid, shipped in the tool");
        Assert.True(File.Exists(Path.Combine(site, "site/.nojekyll")));

        // The quality gate, from the installed tool (Chromium and Java are what the browser tests install).
        var audit = Programs.Run(site, sitegen, "audit");
        Assert.Matches(@"\d+ pages audited: 0 problems\.", audit);
    }
}
