using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The one list of the sections an experiment has, in the order of the lab record, each with its icon,
/// heading and the condition under which it shows. Adding a section means a line here and one partial per
/// output (<c>html/sections/</c>, <c>report/sections/</c>).
/// </summary>
public static class PageSections
{
    private sealed record Kind(string Key, string Anchor, string Icon, string TitleKey, Func<ExperimentPage, bool> IsPresent);

    private static readonly Kind[] All =
    [
        new("info", "info", "📋", "section_info", p => p.HasInfo),
        new("diagrams", "diagrams", "📊", "section_diagrams", p => p.Diagrams.Count > 0),
        new("steps", "steps", "🔬", "section_steps", p => p.Steps.Count > 0),
        new("results", "results", "📊", "section_results", p => p.Results is not null),
        new("problems", "problems", "❌", "section_problems", p => p.Problems.Count > 0),
        new("learnings", "learnings", "💡", "section_learnings", p => p.Learnings is not null),
        new("exploration", "exploration", "🔍", "section_exploration", p => p.Exploration is not null),
        new("next_steps", "next-steps", "📈", "section_next", p => p.NextSteps is not null),
        new("references", "references", "📚", "section_references", p => p.References.Count > 0),
        new("cleanup", "cleanup", "🧹", "section_cleanup", p => p.Cleanup is not null),
        new("summary", "summary", "📝", "section_summary", _ => true),
    ];

    /// <summary>Every section a template may name, in page order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(k => k.Key)];

    /// <summary>The sections <paramref name="page"/> has something to show in, in page order, titled in its language.</summary>
    public static IReadOnlyList<PageSection> Of(ExperimentPage page, UiStrings ui) =>
        [.. All.Where(k => k.IsPresent(page)).Select(k => new PageSection(k.Key, k.Anchor, k.Icon, ui[k.TitleKey]))];
}
