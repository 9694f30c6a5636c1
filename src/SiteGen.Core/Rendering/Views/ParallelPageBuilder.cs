using SiteGen.Configuration;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// Builds the side-by-side page of one record with the interface in one language: the experiment view of
/// every language (<see cref="ExperimentPageBuilder"/>, each with its own UI strings), aligned section by
/// section. A pure function of the record, the language, the site config, the UI strings of every
/// language and the catalogue (for follow-up titles and links).
/// </summary>
public static class ParallelPageBuilder
{
    public static ParallelPage Build(
        LabRecord record, RecordEntry entry, string language, SiteConfig config, IReadOnlyDictionary<string, UiStrings> ui, Catalogue catalogue, ProseMarkdown markdown)
    {
        var layout = catalogue.Layout;
        var path = layout.ParallelPage(language, entry);
        var root = SiteLayout.RootFrom(path);
        IReadOnlyList<ParallelColumn> columns = [.. config.LanguageCodes.Where(l => l == language).Concat(config.LanguageCodes.Where(l => l != language))
            .Select(l => new ParallelColumn(
                catalogue.LanguageView(l),
                ExperimentPageBuilder.Build(record, entry, l, config, ui[l], catalogue, markdown),
                l + "-",
                l == language ? SiteLayout.PageFile : root + layout.ExperimentPage(l, entry),
                ui[l]["single_view"]))];
        var own = columns[0].Page;

        return new ParallelPage
        {
            Language = own.Language,
            Ui = ui[language],
            SiteTitle = own.SiteTitle,
            Links = new PageLinks(
                Home: own.Links.Home,
                Assets: own.Links.Assets,
                Report: null,
                Canonical: layout.Absolute(path),
                Languages: [.. config.Languages.Select(l => new LanguageLink(
                    catalogue.LanguageView(l.Code),
                    root + layout.ParallelPage(l.Code, entry),
                    layout.Absolute(layout.ParallelPage(l.Code, entry)),
                    l.Code == language))],
                XDefault: layout.Absolute(layout.ParallelPage(config.DefaultLanguage, entry)) ?? root + layout.ParallelPage(config.DefaultLanguage, entry))
            {
                View = new ViewLink(SiteLayout.PageFile, ui[language]["single_view"]),
            },
            HasDiagrams = columns.Any(c => c.Page.HasDiagrams),
            Experiment = own,
            Columns = columns,
            Rows = Rows(columns),
        };
    }

    /// <summary>
    /// A row for every section any column has, in page order: the first column's order, and a section only
    /// a later column has right after the section it follows there. A column without the section gets an
    /// empty cell in its row, so the others stay aligned.
    /// </summary>
    internal static IReadOnlyList<ParallelRow> Rows(IReadOnlyList<ParallelColumn> columns)
    {
        var order = new List<PageSection>();
        foreach (var column in columns)
        {
            var after = -1;
            foreach (var part in column.Page.Sections)
            {
                var at = order.FindIndex(p => p.Anchor == part.Anchor);
                if (at < 0)
                {
                    at = after + 1;
                    order.Insert(at, part);
                }

                after = Math.Max(after, at);
            }
        }

        return [.. order.Select(first =>
        {
            var titled = columns.Select(c => (Column: c, Part: Find(c, first.Anchor))).First(c => c.Part is not null);
            return new ParallelRow(
                first.Anchor,
                titled.Part!.Title,
                titled.Column == columns[0] ? null : titled.Column.Language.Tag,
                [.. columns.Select(column => Find(column, first.Anchor) is { } part
                    ? new ParallelCell(column, part.Icon, part.Title, $"{column.IdPrefix}{part.Anchor}-title", new SectionView(column.Page, part) { IdPrefix = column.IdPrefix })
                    : new ParallelCell(column, first.Icon, "", $"{column.IdPrefix}{first.Anchor}-title", null))]);
        })];

        static PageSection? Find(ParallelColumn column, string anchor) => column.Page.Sections.FirstOrDefault(p => p.Anchor == anchor);
    }
}
