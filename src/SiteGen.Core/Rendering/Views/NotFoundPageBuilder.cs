using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// Builds the 404 pages. A host serves one at whatever URL was missing (<c>/zh/gone/deeper/</c>), so a
/// relative link from it would lead nowhere: every link starts at <see cref="SiteLayout.RootPath"/>, the
/// path of the base URL, or <c>/</c> without one (then the links hold only for a site at the root of its host).
/// </summary>
public static class NotFoundPageBuilder
{
    /// <summary>The 404 page of one language, in its folder: <c>zh/404.html</c>.</summary>
    public static NotFoundPage Build(string language, UiStrings ui, Catalogue catalogue, ProseMarkdown markdown) =>
        new()
        {
            Language = catalogue.LanguageView(language),
            Ui = ui,
            SiteTitle = new ProseFactory(markdown, catalogue.Config, language, ui["untranslated"]).Of(catalogue.Config.Title),
            Links = Links(catalogue, language),
            Sections = [Section(language, ui, catalogue)],
        };

    /// <summary>The 404 page at the root, <c>404.html</c>: in the default language, with a section in each language.</summary>
    public static NotFoundPage BuildRoot(IReadOnlyDictionary<string, UiStrings> ui, Catalogue catalogue, ProseMarkdown markdown)
    {
        var language = catalogue.Config.DefaultLanguage;
        return new NotFoundPage
        {
            Language = catalogue.LanguageView(language),
            Ui = ui[language],
            SiteTitle = new ProseFactory(markdown, catalogue.Config, language, ui[language]["untranslated"]).Of(catalogue.Config.Title),
            Links = Links(catalogue, null),
            Sections = [.. catalogue.Config.LanguageCodes.Select(l => Section(l, ui[l], catalogue))],
        };
    }

    private static NotFoundSection Section(string language, UiStrings ui, Catalogue catalogue)
    {
        var root = catalogue.Layout.RootPath;
        var hasTags = catalogue.Records.Any(r => r.Tags.Count > 0);
        return new NotFoundSection(
            catalogue.LanguageView(language),
            ui["not_found_title"],
            ui["not_found_text"],
            root + SiteLayout.LanguageIndex(language),
            ui["nav_home"],
            hasTags ? root + SiteLayout.TagIndexFolder(language) + SiteLayout.PageFile : null,
            ui["all_tags"]);
    }

    /// <summary>
    /// Root-relative links; the language switcher leads to the 404 page of each language (of the other
    /// languages, on a language's own). A 404 page has no canonical or <c>hreflang</c> links (<see cref="SitePage.NoIndex"/>).
    /// </summary>
    private static PageLinks Links(Catalogue catalogue, string? language)
    {
        var root = catalogue.Layout.RootPath;
        return new PageLinks(
            root + (language is null ? SiteLayout.PageFile : SiteLayout.LanguageIndex(language)),
            root + SiteLayout.AssetsFolder + "/",
            Report: null,
            Canonical: null,
            [.. catalogue.Config.Languages.Select(l => new LanguageLink(
                catalogue.LanguageView(l.Code), root + l.Code + "/" + SiteLayout.NotFoundFile, null, l.Code == language))],
            root + SiteLayout.NotFoundFile);
    }
}
