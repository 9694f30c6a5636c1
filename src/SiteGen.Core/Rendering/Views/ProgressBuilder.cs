using SiteGen.Model;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// What the index of a language shows of the site's progress, from the catalogue alone: what each experiment
/// leaves to do, linked to its place on the experiment's page, and each experiment's self-assessment.
/// </summary>
public static class ProgressBuilder
{
    private static readonly (OutstandingKind Kind, string Item, string Count)[] Kinds =
    [
        (OutstandingKind.Objective, "progress_objective", "progress_objectives"),
        (OutstandingKind.Question, "progress_question", "progress_questions"),
        (OutstandingKind.Problem, "progress_problem", "progress_problems"),
        (OutstandingKind.Cleanup, "progress_cleanup", "progress_cleanups"),
    ];

    public static ProgressView Build(Catalogue catalogue, string language, string root, UiStrings ui, ProseFactory prose)
    {
        var records = catalogue.Records;
        var chapters = Chapters(catalogue, prose)
            .Select(c => new ProgressChapter(c.View, [.. records
                .Where(r => r.Chapter == c.Number && r.Outstanding.Count > 0)
                .Select(r =>
                {
                    var page = root + catalogue.Layout.ExperimentPage(language, r);
                    return new ProgressExperiment(r.Id, prose.Of(r.Title!), page, [.. r.Outstanding.Select(o => Item(o, page, ui, prose))]);
                })]))
            .Where(c => c.Experiments.Count > 0)
            .ToList();
        var counts = Kinds
            .Select(k => new ProgressCount(ui[k.Count], records.Sum(r => r.Outstanding.Count(o => o.Kind == k.Kind))))
            .ToList();
        return new ProgressView(counts, chapters);
    }

    /// <summary>Knowledge, practice, recommendation: the columns of the ratings, as their UI strings.</summary>
    public static IReadOnlyList<string> RatingKeys { get; } = ["rating_knowledge", "rating_practice", "rating_recommendation"];

    public static IReadOnlyList<RatingsChapter> Ratings(Catalogue catalogue, string language, string root, ProseFactory prose) =>
        [.. Chapters(catalogue, prose)
            .Select(c => new RatingsChapter(c.View, [.. catalogue.Records
                .Where(r => r.Chapter == c.Number && r.Ratings is { } s && (s.Knowledge ?? s.Practice ?? s.Recommendation) is not null)
                .Select(r => new RatingsRow(r.Id, prose.Of(r.Title!), root + catalogue.Layout.ExperimentPage(language, r),
                    [r.Ratings!.Knowledge, r.Ratings.Practice, r.Ratings.Recommendation]))]))
            .Where(c => c.Experiments.Count > 0)];

    private static IEnumerable<(int Number, ChapterView View)> Chapters(Catalogue catalogue, ProseFactory prose) =>
        catalogue.Config.Chapters.OrderBy(c => c.Number)
            .Select(c => (c.Number, new ChapterView(c.Number, SiteLayout.ChapterFolder(c), prose.Of(c.Title))));

    private static ProgressItem Item(OutstandingItem item, string page, UiStrings ui, ProseFactory prose)
    {
        var kind = ui[Kinds.First(k => k.Kind == item.Kind).Item];
        var status = (item.Kind, item.Status) switch
        {
            (OutstandingKind.Problem, { } value) => ui["problem_status_" + value],
            (OutstandingKind.Cleanup, { } value) => ui["cleanup_status_" + value],
            (OutstandingKind.Objective, "in-progress") => "⏳ " + ui["in_progress"],
            _ => null,
        };

        // A cleanup's own status text says what is left; its status's usual words do when it has none.
        return item.Kind == OutstandingKind.Cleanup && item.Text is { } own
            ? new ProgressItem(kind, page + "#" + item.Anchor, prose.Of(own), null)
            : new ProgressItem(kind, page + "#" + item.Anchor, prose.OfOptional(item.Text), status);
    }
}
