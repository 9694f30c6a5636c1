using SiteGen.Model;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The learning path of one language's index, chapter by chapter, from the catalogue alone: each experiment
/// with the follow-ups its record names (<c>next_steps.experiments</c>). A follow-up to an id with no record
/// is a planned experiment, shown with the title the follow-up gives it, if any.
/// </summary>
public static class LearningPathBuilder
{
    public static IReadOnlyList<ChapterPath> Build(Catalogue catalogue, string language, string root, UiStrings ui, ProseFactory prose)
    {
        var nodes = new Dictionary<string, PathNode>(StringComparer.Ordinal);
        var records = catalogue.Records;
        var followedFrom = records
            .SelectMany(r => Distinct(r.FollowUps).Select(f => (From: r, FollowUp: f)))
            .ToLookup(x => x.FollowUp.Id, StringComparer.Ordinal);

        // A planned experiment is named by the first title a follow-up gives it, in reading order.
        var titles = new Dictionary<string, Localized>(StringComparer.Ordinal);
        foreach (var followUp in records.SelectMany(r => r.FollowUps).Where(f => f.Title is not null))
        {
            titles.TryAdd(followUp.Id, followUp.Title!);
        }

        var paths = new List<ChapterPath>();
        foreach (var chapter in catalogue.Config.Chapters.OrderBy(c => c.Number))
        {
            var mine = records.Where(r => r.Chapter == chapter.Number).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var steps = mine.Select(r => new PathStep(
                Node(r.Id),
                [.. Distinct(r.FollowUps).Select(f => new PathFollowUp(Node(f.Id), f.Done))])).ToList();
            var incoming = mine
                .SelectMany(r => followedFrom[r.Id])
                .Where(x => x.From.Chapter != chapter.Number)
                .Select(x => (Node(x.From.Id), new PathFollowUp(Node(x.FollowUp.Id), x.FollowUp.Done)))
                .ToList();
            var source = LearningPathDiagram.Source(steps, incoming, ui, out var count);
            paths.Add(new ChapterPath(new ChapterView(chapter.Number, SiteLayout.ChapterFolder(chapter), prose.Of(chapter.Title)), steps, source, count));
        }

        return paths;

        PathNode Node(string id)
        {
            if (nodes.TryGetValue(id, out var known))
            {
                return known;
            }

            var record = catalogue.Find(id);
            var status = record is null ? PathStatus.Planned
                : record.ObjectivesDone == record.ObjectivesTotal ? PathStatus.Done
                : PathStatus.InProgress;
            var label = ui[status switch { PathStatus.Done => "path_status_done", PathStatus.InProgress => "path_status_in_progress", _ => "path_status_planned" }];
            return nodes[id] = record is null
                ? new PathNode(id, prose.OfOptional(titles.GetValueOrDefault(id)), null, status, label)
                : new PathNode(record.Id, prose.Of(record.Title!), root + catalogue.Layout.ExperimentPage(language, record), status, label);
        }
    }

    /// <summary>A record's follow-ups, each id once (done when any of its mentions is).</summary>
    private static IEnumerable<FollowUpReference> Distinct(IReadOnlyList<FollowUpReference> followUps) =>
        followUps.GroupBy(f => f.Id, StringComparer.Ordinal)
            .Select(g => g.First() with { Done = g.Any(f => f.Done) });
}
