using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>Runs <see cref="SiteBuilder"/> on a workspace and prints what <c>sitegen build</c> would.</summary>
internal static class Builds
{
    /// <summary>The repository's sample site, built once per test run into a temporary folder.</summary>
    public static Lazy<(BuildResult Result, string Report, SortedDictionary<string, byte[]> Files)> Sample { get; } = new(() =>
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("sitegen-sample-").FullName, "site");
        var (result, report) = Run(RepositoryPaths.Content, RepositoryPaths.Templates, output, RepositoryPaths.Root);
        return (result, report, result.Succeeded ? Workspace.Snapshot(output) : new SortedDictionary<string, byte[]>());
    });

    public static (BuildResult Result, string Report) Run(Workspace workspace, string? output = null) =>
        Run(workspace.Content, workspace.Templates, output ?? workspace.Site, workspace.Root);

    public static (BuildResult Result, string Report) Run(string content, string templates, string output, string displayBase)
    {
        var result = SiteBuilder.Build(new BuildOptions(content, templates, output, BuildOptions.DefaultVendorDirectory, new PathDisplay(displayBase)));
        return (result, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
    }
}
