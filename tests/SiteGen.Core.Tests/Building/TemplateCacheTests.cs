using SiteGen.Building;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>Compiled templates kept between builds: used when nothing changed, never when something did.</summary>
public sealed class TemplateCacheTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.OfRepository();

    /// <summary>Every Razor template of the theme: pages, layout and the partials of each section.</summary>
    private int Templates => Directory.GetFiles(_workspace.PathOf("templates/html"), "*.cshtml", SearchOption.AllDirectories).Length;
    private readonly string _cache = Directory.CreateTempSubdirectory("sitegen-cache-").FullName;

    [Fact]
    public void SecondBuild_LoadsEveryTemplateFromTheCache_AndWritesTheSameBytes()
    {
        var first = Build();
        var firstSite = Workspace.Snapshot(_workspace.Site);

        var second = Build();

        Assert.Equal(0, first.TemplatesFromCache);
        Assert.Equal(Templates, second.TemplatesFromCache);
        var secondSite = Workspace.Snapshot(_workspace.Site);
        Assert.Equal(firstSite.Keys, secondSite.Keys);
        Assert.All(secondSite, f => Assert.True(f.Value.AsSpan().SequenceEqual(firstSite[f.Key]), $"{f.Key} differs with cached templates."));
    }

    [Fact]
    public void ChangedTemplate_IsCompiledAgain_AndTheChangeShows()
    {
        Build();
        _workspace.Edit("templates/html/Index.cshtml", "<p class=\"lead\">", "<p class=\"lead changed\">");

        var result = Build();

        Assert.Equal(Templates - 1, result.TemplatesFromCache);
        Assert.Contains("<p class=\"lead changed\">", File.ReadAllText(_workspace.PathOf("site/en/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedSectionPartial_IsCompiledAgain_AndTheChangeShowsOnEveryExperimentPage()
    {
        Build();
        _workspace.Edit("templates/html/sections/summary.cshtml", "<div class=\"lead\">", "<div class=\"lead changed\">");

        var result = Build();

        Assert.Equal(Templates - 1, result.TemplatesFromCache);
        Assert.Contains("<div class=\"lead changed\">", File.ReadAllText(_workspace.PathOf("site/zh/02-controllers/2.1-statefulset/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedEntries_AreCompiledAgain()
    {
        Build();
        foreach (var entry in Directory.GetFiles(Path.Combine(_cache, "razor"), "*.dll"))
        {
            File.WriteAllText(entry, "not an assembly");
        }

        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.TemplatesFromCache);
        Assert.Equal(Templates, Build().TemplatesFromCache);
    }

    public void Dispose()
    {
        _workspace.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    /// <summary>A build that renders every page (the build cache beside the site is removed first), so it needs every template.</summary>
    private BuildResult Build()
    {
        var pages = OutputFolder.CacheFileFor(_workspace.Site);
        if (File.Exists(pages))
        {
            File.Delete(pages);
        }

        var result = SiteBuilder.Build(new BuildOptions(
            _workspace.Content, _workspace.Templates, _workspace.Site, BuildOptions.DefaultVendorDirectory, new PathDisplay(_workspace.Root), _cache));
        Assert.True(result.Succeeded);
        return result;
    }
}
