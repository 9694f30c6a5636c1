namespace SiteGen.Model;

/// <summary>An experiment goal, ticked when reached, with what reaching it showed.</summary>
public sealed record Objective
{
    public required Localized Text { get; init; }

    public bool Done { get; init; }

    /// <summary>What was achieved, shown under "objectives achieved" in the results.</summary>
    public Localized? Outcome { get; init; }
}
