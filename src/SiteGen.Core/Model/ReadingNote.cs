namespace SiteGen.Model;

/// <summary>A note from reading source code or documentation.</summary>
public sealed record ReadingNote
{
    /// <summary>A source path or document name.</summary>
    public required string Location { get; init; }

    public Localized? Logic { get; init; }

    public Localized? Insight { get; init; }
}
