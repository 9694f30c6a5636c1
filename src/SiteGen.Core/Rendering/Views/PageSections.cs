using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The one list of the sections an experiment has, in the order of the lab record, each with its icon,
/// heading and the condition under which it shows. Adding a section means a line here and one partial per
/// output (<c>html/sections/</c>, <c>report/sections/</c>).
/// </summary>
public static class PageSections
{
    private sealed record Kind(Model.SectionName Name, string Key, string Anchor, string Icon, string TitleKey, Func<ExperimentPage, bool> IsPresent);

    /// <summary>The partial of a part that fits no section of its own (<see cref="ExtraSectionView"/>).</summary>
    public const string ExtraKey = "extra";

    private const string ExtraIcon = "📄";

    private static readonly Kind[] All =
    [
        new(Model.SectionName.Info, "info", "info", "📋", "section_info", p => p.HasInfo),
        new(Model.SectionName.Diagrams, "diagrams", "diagrams", "📊", "section_diagrams", p => p.Diagrams.Count > 0),
        new(Model.SectionName.Steps, "steps", "steps", "🔬", "section_steps", p => p.Steps.Count > 0),
        new(Model.SectionName.Results, "results", "results", "📊", "section_results", p => p.Results is not null),
        new(Model.SectionName.Problems, "problems", "problems", "❌", "section_problems", p => p.Problems.Count > 0),
        new(Model.SectionName.Learnings, "learnings", "learnings", "💡", "section_learnings", p => p.Learnings is not null),
        new(Model.SectionName.Exploration, "exploration", "exploration", "🔍", "section_exploration", p => p.Exploration is not null),
        new(Model.SectionName.NextSteps, "next_steps", "next-steps", "📈", "section_next", p => p.NextSteps is not null),
        new(Model.SectionName.References, "references", "references", "📚", "section_references", p => p.References.Count > 0),
        new(Model.SectionName.Cleanup, "cleanup", "cleanup", "🧹", "section_cleanup", p => p.Cleanup is not null),
        new(Model.SectionName.Summary, "summary", "summary", "📝", "section_summary", _ => true),
    ];

    /// <summary>The UI string of each section's heading (<c>section_steps</c>), in page order: what an imported note's headings are read against.</summary>
    public static IReadOnlyList<(Model.SectionName Name, string TitleKey)> Titles { get; } = [.. All.Select(k => (k.Name, k.TitleKey))];

    /// <summary>Every section a template may name (each has a partial), in page order, then <see cref="ExtraKey"/>.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(k => k.Key), ExtraKey];

    /// <summary>
    /// The sections <paramref name="page"/> has something to show in, in page order, titled in its language;
    /// each extra part right after the section it follows (when that section has nothing to show, where it would be).
    /// </summary>
    public static IReadOnlyList<PageSection> Of(ExperimentPage page, UiStrings ui)
    {
        var sections = new List<PageSection>();
        AddExtras(Model.SectionName.Start);
        foreach (var kind in All)
        {
            if (kind.IsPresent(page))
            {
                sections.Add(new PageSection(kind.Key, kind.Anchor, kind.Icon, ui[kind.TitleKey]));
            }

            AddExtras(kind.Name);
        }

        return sections;

        void AddExtras(Model.SectionName after) => sections.AddRange(page.Extras
            .Where(e => e.After == after)
            .Select(e => new PageSection(ExtraKey, $"extra-{e.Number}", e.Icon ?? ExtraIcon, e.Title.Text, e)));
    }
}
