using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>Builds the tag index of a language and the page of each tag: what a reader follows from a tag.</summary>
public static class TagPageBuilder
{
    public static TagIndexPage BuildIndex(string language, UiStrings ui, Catalogue catalogue, ProseMarkdown markdown)
    {
        var prose = new ProseFactory(markdown, catalogue.Config, language, ui["untranslated"]);
        return new TagIndexPage
        {
            Language = catalogue.LanguageView(language),
            Ui = ui,
            SiteTitle = prose.Of(catalogue.Config.Title),
            Links = IndexPageBuilder.Links(language, SiteLayout.TagIndexFolder, catalogue),
            Tags = [.. catalogue.Records
                .SelectMany(r => r.Tags.Distinct(StringComparer.Ordinal).Select(t => (Tag: t, Slug: SiteLayout.TagSlug(t))))
                .GroupBy(t => t.Slug, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TagEntry(Name(g.Select(t => t.Tag), prose), g.Key + "/" + SiteLayout.PageFile, g.Count()))],
        };
    }

    public static TagPage Build(string language, string slug, UiStrings ui, Catalogue catalogue, ProseMarkdown markdown)
    {
        var prose = new ProseFactory(markdown, catalogue.Config, language, ui["untranslated"]);
        var folder = SiteLayout.TagIndexFolder(language) + slug + "/";
        var root = SiteLayout.RootFrom(folder + SiteLayout.PageFile);
        var records = catalogue.Records.Where(r => r.Tags.Any(t => SiteLayout.TagSlug(t) == slug)).ToList();
        return new TagPage
        {
            Language = catalogue.LanguageView(language),
            Ui = ui,
            SiteTitle = prose.Of(catalogue.Config.Title),
            Links = IndexPageBuilder.Links(language, l => SiteLayout.TagIndexFolder(l) + slug + "/", catalogue),
            Name = Name(records.SelectMany(r => r.Tags).Where(t => SiteLayout.TagSlug(t) == slug), prose),
            TagsHref = "../" + SiteLayout.PageFile,
            Experiments = [.. records.Select(r => IndexPageBuilder.Entry(r, language, root, ui, prose, catalogue.Layout))],
        };
    }

    /// <summary>The tag's name in <c>site.yaml</c>; without one, its spellings, most used first: <c>PVC / pvc</c>.</summary>
    private static TagLabel Name(IEnumerable<string> spellings, ProseFactory prose)
    {
        var ordered = spellings.GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return prose.TagName(ordered[0]) ?? new TagLabel(string.Join(" / ", ordered));
    }
}
