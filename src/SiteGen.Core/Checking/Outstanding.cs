using SiteGen.Loading.Yaml;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Checking;

/// <summary>
/// What a record leaves to do, taken once when it is checked: objectives not done, open questions not looked
/// into, problems not resolved, a cleanup not finished; each with the id of its place on the experiment page.
/// </summary>
internal static class Outstanding
{
    public static IReadOnlyList<OutstandingItem> Of(LabRecord record)
    {
        var items = new List<OutstandingItem>();
        items.AddRange(record.Objectives
            .Select((o, i) => (o, Number: i + 1))
            .Where(x => !x.o.Done)
            .Select(x => new OutstandingItem(OutstandingKind.Objective, PageAnchors.Objective(x.Number), x.o.Text, x.o.InProgress ? "in-progress" : null)));
        items.AddRange((record.Learnings?.Questions ?? [])
            .Select((q, i) => (q, Number: i + 1))
            .Where(x => !x.q.Done)
            .Select(x => new OutstandingItem(OutstandingKind.Question, PageAnchors.Question(x.Number), x.q.Text, null)));
        items.AddRange(record.Problems
            .Select((p, i) => (p, Number: i + 1))
            .Where(x => x.p.Status != ProblemStatus.Resolved)
            .Select(x => new OutstandingItem(OutstandingKind.Problem, PageAnchors.Problem(x.Number), x.p.Title, YamlNaming.EnumValue(x.p.Status.ToString()))));
        if (record.Cleanup is { Status: not CleanupStatus.Cleaned } cleanup)
        {
            items.Add(new OutstandingItem(OutstandingKind.Cleanup, PageAnchors.CleanupStatus, cleanup.StatusText, YamlNaming.EnumValue(cleanup.Status.ToString())));
        }

        return items;
    }
}
