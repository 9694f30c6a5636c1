using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>Runs <see cref="SiteBuilder"/> on a workspace and prints what <c>sitegen build</c> would.</summary>
internal static class Builds
{
    /// <summary>The repository's sample site, built once per test run.</summary>
    public static Lazy<(BuildResult Result, string Report, SortedDictionary<string, byte[]> Files)> Sample { get; } =
        new(() => InMemory(RepositoryPaths.Content, RepositoryPaths.Templates, RepositoryPaths.Root));

    /// <summary>The sample site without a <c>base_url</c> in <c>site.yaml</c>, built once per test run.</summary>
    public static Lazy<(BuildResult Result, string Report, SortedDictionary<string, byte[]> Files)> SampleWithoutBaseUrl { get; } = new(() =>
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("content/site.yaml", "base_url: https://labs.example.org/\n", "");
        return InMemory(workspace.Content, workspace.Templates, workspace.Root);
    });

    /// <summary>Builds into a temporary folder and keeps the files in memory; the folder is deleted.</summary>
    public static (BuildResult Result, string Report, SortedDictionary<string, byte[]> Files) InMemory(string content, string templates, string displayBase)
    {
        var scratch = Directory.CreateTempSubdirectory("sitegen-build-").FullName;
        try
        {
            var output = Path.Combine(scratch, "site");
            var (result, report) = Run(content, templates, output, displayBase);
            return (result, report, result.Succeeded ? Workspace.Snapshot(output) : new SortedDictionary<string, byte[]>());
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    public static (BuildResult Result, string Report) Run(Workspace workspace, string? output = null, string? cacheDirectory = null) =>
        Run(workspace.Content, workspace.Templates, output ?? workspace.Site, workspace.Root, cacheDirectory);

    /// <summary>
    /// The names in a folder, but for the bookkeeping folder a build keeps beside its output folder, after
    /// checking that holds no staging folder left behind.
    /// </summary>
    public static IReadOnlyList<string> EntriesBesideOutput(string folder)
    {
        var bookkeeping = Path.Combine(folder, OutputFolder.BookkeepingFolder);
        if (Directory.Exists(bookkeeping))
        {
            Assert.Empty(Directory.GetDirectories(bookkeeping));
        }

        return [.. Directory.GetFileSystemEntries(folder).Select(e => Path.GetFileName(e)!).Where(n => n != OutputFolder.BookkeepingFolder).Order(StringComparer.Ordinal)];
    }

    public static (BuildResult Result, string Report) Run(string content, string templates, string output, string displayBase, string? cacheDirectory = null)
    {
        var result = SiteBuilder.Build(new BuildOptions(content, templates, output, BuildOptions.DefaultVendorDirectory, new PathDisplay(displayBase), cacheDirectory));
        return (result, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
    }
}
