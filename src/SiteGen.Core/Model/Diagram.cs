namespace SiteGen.Model;

/// <summary>A titled Mermaid diagram. The source may be localized, since its labels are prose.</summary>
public sealed record Diagram
{
    /// <summary>The diagram's name, such as <c>StatefulSet architecture</c>: a heading in the report, the caption on the page.</summary>
    public required Localized Title { get; init; }

    /// <summary>An emoji shown before the title in the report, as in the reference record.</summary>
    public string? Icon { get; init; }

    /// <summary>Mermaid source, without the fence.</summary>
    [LiteralText]
    public required Localized Mermaid { get; init; }

    /// <summary>A sentence describing the diagram for readers who cannot see it.</summary>
    public Localized? Description { get; init; }
}
