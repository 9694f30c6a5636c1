using SiteGen.Comparing;
using SiteGen.Comparing.Reports;
using SiteGen.Testing;

namespace SiteGen.Browser.Tests.Diff;

/// <summary>
/// A snapshot-diff report as a reviewer gets it: the sample site before and after a change (an English title,
/// a Chinese character, a record removed), <c>diff.html</c> beside both, all served like the sample site.
/// </summary>
public sealed class DiffReportFixture : SiteFixture
{
    public const string Report = "diff.html";

    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-diff-report-").FullName;

    protected override string SiteRoot => _root;

    /// <summary>The folder served: old/, new/ and the report.</summary>
    public string Root => _root;

    public SiteDiff Diff { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        using (var workspace = Workspace.OfRepository())
        {
            Build(workspace, "old");
            workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "en: \"StatefulSet: stateful applications\"", "en: \"StatefulSet: pods with stable names\"");
            workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "部署一个三副本的 StatefulSet", "部署一个五副本的 StatefulSet");
            File.Delete(workspace.PathOf("content/experiments/02-controllers/2.2-deployment-rolling-update.yaml"));
            Build(workspace, "new");
        }

        Diff = SiteComparer.Compare(BuiltSite.Read(Path.Combine(_root, "old")), BuiltSite.Read(Path.Combine(_root, "new")), "main", "this change");
        await File.WriteAllTextAsync(Path.Combine(_root, Report), HtmlDiffReport.Write(Diff, _root, Path.Combine(_root, "old"), Path.Combine(_root, "new")));
        await base.InitializeAsync();
    }

    private void Build(Workspace workspace, string folder)
    {
        var result = SiteGen.Building.SiteBuilder.Build(new SiteGen.Building.BuildOptions(
            workspace.Content, workspace.Templates, Path.Combine(_root, folder), SiteGen.Building.BuildOptions.DefaultVendorDirectory,
            new SiteGen.Loading.PathDisplay(workspace.Root)));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class DiffReportCollection : ICollectionFixture<DiffReportFixture>
{
    public const string Name = "diff report in Chromium";
}
