using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>Builds the index of one language and the language chooser at the root.</summary>
public static class IndexPageBuilder
{
    /// <summary>A site of up to this many experiments shows its learning path, progress and ratings with every group open.</summary>
    public const int ExpandedUpTo = 20;

    public static IndexPage Build(string language, UiStrings ui, Catalogue catalogue, ProseMarkdown markdown)
    {
        var config = catalogue.Config;
        var prose = new ProseFactory(markdown, config, language, ui["untranslated"]);
        var root = SiteLayout.RootFrom(SiteLayout.LanguageIndex(language));
        var layout = catalogue.Layout;

        var chapters = config.Chapters
            .OrderBy(c => c.Number)
            .Select(chapter => new ChapterEntry(
                new ChapterView(chapter.Number, SiteLayout.ChapterFolder(chapter), prose.Of(chapter.Title)),
                [.. catalogue.Records
                    .Where(r => r.Chapter == chapter.Number)
                    .Select(r => Entry(r, language, root, ui, prose, layout))]))
            .Where(c => c.Experiments.Count > 0)
            .ToList();

        var path = LearningPathBuilder.Build(catalogue, language, root, ui, prose);
        return new IndexPage
        {
            Language = catalogue.LanguageView(language),
            Ui = ui,
            SiteTitle = prose.Of(config.Title),
            Tagline = prose.OfOptional(config.Tagline),
            // The language chooser is the x-default of the indexes, as it names itself: one group of alternates, seen from each of its pages.
            Links = Links(language, l => l + "/", catalogue) with { XDefault = layout.Absolute("") ?? root + SiteLayout.PageFile },
            Chapters = chapters,
            LearningPath = path,
            Progress = ProgressBuilder.Build(catalogue, language, root, ui, prose),
            Ratings = ProgressBuilder.Ratings(catalogue, language, root, prose),
            RatingNames = [.. ProgressBuilder.RatingKeys.Select(k => ui[k])],
            Expanded = catalogue.Records.Count <= ExpandedUpTo,
            HasDiagrams = path.Any(p => p.Mermaid is not null),
        };
    }

    /// <summary>One experiment as a card of an index or a tag page.</summary>
    internal static ExperimentEntry Entry(Model.RecordEntry r, string language, string root, UiStrings ui, ProseFactory prose, SiteLayout layout) => new(
        r.Id,
        prose.Of(r.Title!),
        r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ExperimentPageBuilder.FormatDuration(r.Duration, ui),
        r.ObjectivesDone,
        r.ObjectivesTotal,
        r.Tags,
        root + layout.ExperimentPage(language, r),
        root + layout.ExperimentReport(language, r),
        r.Untranslated.GetValueOrDefault(language))
    {
        TagsRoot = root,
        TagLinks = [.. r.Tags.Select(t => new TagEntry(prose.Tag(t), root + SiteLayout.TagFolder(language, t) + SiteLayout.PageFile, 0))],
    };

    /// <summary>The links of a page that each language has in its own folder (<paramref name="folderOf"/>: <c>zh/</c>, <c>zh/tags/</c>).</summary>
    internal static PageLinks Links(string language, Func<string, string> folderOf, Catalogue catalogue)
    {
        var config = catalogue.Config;
        var layout = catalogue.Layout;
        var root = SiteLayout.RootFrom(folderOf(language) + SiteLayout.PageFile);
        return new PageLinks(
            folderOf(language) == language + "/" ? SiteLayout.PageFile : root + SiteLayout.LanguageIndex(language),
            root + SiteLayout.AssetsFolder + "/",
            Report: null,
            Canonical: layout.Absolute(folderOf(language)),
            [.. config.Languages.Select(l => new LanguageLink(
                catalogue.LanguageView(l.Code), root + folderOf(l.Code) + SiteLayout.PageFile, layout.Absolute(folderOf(l.Code)), l.Code == language))],
            layout.Absolute(folderOf(config.DefaultLanguage)) ?? root + folderOf(config.DefaultLanguage) + SiteLayout.PageFile);
    }

    public static RootPage BuildRoot(IReadOnlyDictionary<string, UiStrings> ui, Catalogue catalogue, ProseMarkdown markdown)
    {
        var config = catalogue.Config;
        var language = config.DefaultLanguage;
        var prose = new ProseFactory(markdown, config, language, ui[language]["untranslated"]);
        return new RootPage
        {
            Language = catalogue.LanguageView(language),
            Ui = ui[language],
            SiteTitle = prose.Of(config.Title),
            Links = new PageLinks(
                SiteLayout.PageFile,
                SiteLayout.AssetsFolder + "/",
                Report: null,
                Canonical: catalogue.Layout.Absolute(""),
                [.. config.Languages.Select(l => new LanguageLink(
                    catalogue.LanguageView(l.Code), SiteLayout.LanguageIndex(l.Code), catalogue.Layout.Absolute(l.Code + "/"), false))],
                catalogue.Layout.Absolute("") ?? SiteLayout.PageFile),
            Choices = [.. config.Languages.Select(l => new LanguageChoice(
                catalogue.LanguageView(l.Code),
                new ProseFactory(markdown, config, l.Code, ui[l.Code]["untranslated"]).Of(config.Title).Text,
                ui[l.Code]["root_enter"],
                SiteLayout.LanguageIndex(l.Code)))],
        };
    }
}
