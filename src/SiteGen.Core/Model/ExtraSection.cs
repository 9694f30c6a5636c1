namespace SiteGen.Model;

/// <summary>
/// A titled part of a lab record that fits none of the record's own sections, such as a "Background" or a
/// "Cost estimate" part kept when a Markdown note was imported. Shown on the page and in the report where it
/// stood: after the section named by <c>after</c>.
/// </summary>
public sealed record ExtraSection
{
    /// <summary>The section's heading, such as <c>Background</c>.</summary>
    public required Localized Title { get; init; }

    /// <summary>An emoji shown before the heading, as the record's own sections have.</summary>
    public string? Icon { get; init; }

    /// <summary>The section's text, in Markdown: paragraphs, lists, tables, code.</summary>
    public required Localized Body { get; init; }

    /// <summary>The section it follows: <c>start</c> puts it first, <c>summary</c> last; several after one section keep their order.</summary>
    public SectionName After { get; init; } = SectionName.Summary;
}
