namespace SiteGen.Model;

/// <summary>An extra variation of the experiment: what was changed, seen and concluded.</summary>
public sealed record Variant
{
    public required Localized Title { get; init; }

    public required Localized Change { get; init; }

    public required Localized Observation { get; init; }

    public Localized? Conclusion { get; init; }
}
