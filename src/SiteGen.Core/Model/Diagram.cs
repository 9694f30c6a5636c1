namespace SiteGen.Model;

/// <summary>A titled Mermaid diagram. The source may be localized, since its labels are prose.</summary>
public sealed record Diagram
{
    public required Localized Title { get; init; }

    /// <summary>An emoji shown before the title in the report, as in the reference record.</summary>
    public string? Icon { get; init; }

    /// <summary>Mermaid source, without the fence.</summary>
    [LiteralText]
    public required Localized Mermaid { get; init; }

    /// <summary>A sentence describing the diagram for readers who cannot see it.</summary>
    public Localized? Description { get; init; }
}
