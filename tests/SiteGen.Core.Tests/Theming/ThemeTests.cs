using System.Text;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;
using SiteGen.Theming;

namespace SiteGen.Core.Tests.Theming;

/// <summary>
/// A site's templates folder holds only what it changes; everything else comes from the built-in theme
/// (the repository's templates/, shipped beside SiteGen), file by file, and UI strings key by key.
/// </summary>
public sealed class ThemeTests : IDisposable
{
    private const string EnglishPage = "en/02-controllers/2.1-statefulset/index.html";
    private const string ChinesePage = "zh/02-controllers/2.1-statefulset/index.html";

    private readonly Workspace _workspace = Workspace.OfRepository();

    public ThemeTests() => Directory.Delete(_workspace.Templates, recursive: true);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void ASiteWithoutTemplates_IsBuiltWithTheBuiltInTheme_ByteForByteAsTheRepositorysTemplates()
    {
        var (result, report) = Builds.Run(_workspace);

        Assert.True(result.Succeeded, report);
        Assert.Equal(Builds.Sample.Value.Files, Workspace.Snapshot(_workspace.Site));
    }

    [Fact]
    public void ASiteWithOnlyAStyleSheetAndOneUiString_BuildsWithTheBuiltInTheme_AndShowsBoth()
    {
        _workspace.Write("templates/assets/extra.css", ".page-header h1 { color: rebeccapurple; }\n");
        _workspace.Write("templates/i18n/en.yaml", "section_steps: Procedure\n");

        var (result, report) = Builds.Run(_workspace);

        Assert.True(result.Succeeded, report);
        Assert.Equal(".page-header h1 { color: rebeccapurple; }\n", File.ReadAllText(_workspace.PathOf("site/assets/extra.css")));
        var english = Page(EnglishPage);
        Assert.Contains(">Procedure<", english, StringComparison.Ordinal);
        Assert.DoesNotContain(">Steps<", english, StringComparison.Ordinal);
        Assert.True(english.IndexOf("assets/site.css", StringComparison.Ordinal) < english.IndexOf("assets/extra.css", StringComparison.Ordinal),
            "The site's style sheet comes after the theme's, so its rules win.");

        // Every other string is the theme's: the Chinese pages are exactly the sample's.
        Assert.Contains(">实验步骤<", Page(ChinesePage), StringComparison.Ordinal);
        Assert.Equal(Builds.Sample.Value.Files[ChinesePage], File.ReadAllBytes(_workspace.PathOf("site/" + ChinesePage)));
    }

    [Fact]
    public void AnOverriddenPartial_ReplacesTheThemes_AndAnErrorInItNamesTheSitesFile()
    {
        var partial = File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "html/sections/summary.cshtml"));
        _workspace.Write("templates/html/sections/summary.cshtml", partial + "<p class=\"signature\">Checked by the lab</p>\n");
        Assert.True(Builds.Run(_workspace).Result.Succeeded);
        Assert.Contains("<p class=\"signature\">Checked by the lab</p>", Page(EnglishPage), StringComparison.Ordinal);

        _workspace.Write("templates/html/sections/summary.cshtml", partial + "@(\n");
        var (result, report) = Builds.Run(_workspace);

        Assert.False(result.Succeeded);
        Assert.Contains("templates/html/sections/summary.cshtml(", report, StringComparison.Ordinal);
        Assert.Contains("error SG0401", report, StringComparison.Ordinal);
        Assert.DoesNotContain("/theme/", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltUiStringOverride_IsAWarningAtItsLine_ThatNamesTheThemesKey()
    {
        _workspace.Write("templates/i18n/en.yaml", "section_steps: Procedure\nsection_stepz: Procedure\n");

        var (result, report) = Builds.Run(_workspace);

        Assert.True(result.Succeeded, report);
        Assert.Contains("templates/i18n/en.yaml(2,16): warning SG0414: The theme has no UI string 'section_stepz', so this text is ignored: did you mean 'section_steps'?", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditToTheSitesStyleSheet_WritesOnlyThatFile_AndAnOverriddenString_OnlyItsLanguagesPages()
    {
        var cache = _workspace.PathOf("cache");
        _workspace.Write("templates/assets/extra.css", "/* mine */\n");
        Assert.True(Builds.Run(_workspace, cacheDirectory: cache).Result.Succeeded);

        _workspace.Write("templates/assets/extra.css", "/* mine, changed */\n");
        var (styled, _) = Builds.Run(_workspace, cacheDirectory: cache);

        Assert.Equal(0, styled.Rendered);
        Assert.Equal(["assets/extra.css"], styled.Changed);

        _workspace.Write("templates/i18n/zh.yaml", "section_steps: 步骤\n");
        var (worded, _) = Builds.Run(_workspace, cacheDirectory: cache);

        // The Chinese pages, and the English side-by-side pages, whose Chinese column names its sections too.
        Assert.Contains(ChinesePage, worded.Changed);
        Assert.Equal(
            ["en/02-controllers/2.1-statefulset/parallel.html", "en/02-controllers/2.2-deployment-rolling-update/parallel.html", "en/04-storage/4.1-pv-pvc/parallel.html"],
            worded.Changed.Where(f => f.StartsWith("en/", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheComposedTheme_IsNamedByItsContents_AndNeverChangedOnceWritten()
    {
        var work = _workspace.PathOf("work");
        _workspace.Write("templates/assets/extra.css", "/* one */\n");
        var first = Theme.Compose(_workspace.Templates, Theme.BuiltInDirectory, work);
        var again = Theme.Compose(_workspace.Templates, Theme.BuiltInDirectory, work);

        _workspace.Write("templates/assets/extra.css", "/* two */\n");
        var second = Theme.Compose(_workspace.Templates, Theme.BuiltInDirectory, work);

        Assert.Equal(first.Directory, again.Directory);
        Assert.NotEqual(first.Directory, second.Directory);
        Assert.Equal("/* one */\n", File.ReadAllText(Path.Combine(first.Directory, "assets/extra.css")));
        Assert.Equal("/* two */\n", File.ReadAllText(Path.Combine(second.Directory, "assets/extra.css")));
        Assert.Equal(_workspace.PathOf("templates/assets/extra.css"), second.Origins[Path.Combine(second.Directory, "assets/extra.css")]);
        Assert.True(File.Exists(Path.Combine(second.Directory, "html/_Layout.cshtml")));
    }

    private string Page(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(_workspace.PathOf("site/" + path)));
}
