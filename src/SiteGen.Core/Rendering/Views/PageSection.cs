namespace SiteGen.Rendering.Views;

/// <summary>
/// One section of an experiment page and of its report, as the reader meets it: the page's table of
/// contents lists these, the page renders <c>html/sections/{Key}.cshtml</c> for each inside a section with
/// this anchor, icon and title, and the report includes <c>report/sections/{Key}.sbn</c>.
/// </summary>
/// <param name="Key">The section's name in templates: <c>info</c>, <c>next_steps</c>.</param>
/// <param name="Anchor">The fragment of the section on the page: <c>next-steps</c>.</param>
/// <param name="Icon">The emoji before its heading, as in the hand-written lab record.</param>
/// <param name="Title">The heading in the page's language.</param>
/// <param name="Extra">For a part that fits no section of its own (key <c>extra</c>), that part.</param>
public sealed record PageSection(string Key, string Anchor, string Icon, string Title, ExtraSectionView? Extra = null);

/// <summary>What a section's partial renders: the page, and which of its sections this is.</summary>
public sealed record SectionView(ExperimentPage Page, PageSection Part)
{
    /// <summary>
    /// Put before every id the partial writes (and every reference to one), so the same section of two
    /// languages can share a page: the side-by-side view renders each language's partials with its own
    /// prefix (<c>en-</c>). Empty on an experiment page.
    /// </summary>
    public string IdPrefix { get; init; } = "";

    /// <summary>An id of this partial's on the page: <paramref name="id"/> after <see cref="IdPrefix"/>.</summary>
    public string Id(string id) => IdPrefix + id;
}
