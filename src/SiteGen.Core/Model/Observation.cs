namespace SiteGen.Model;

/// <summary>A key observation: what was seen, why, and what it teaches.</summary>
public sealed record Observation
{
    public required Localized Title { get; init; }

    public required Localized Phenomenon { get; init; }

    public Localized? Cause { get; init; }

    public Localized? Lesson { get; init; }
}
