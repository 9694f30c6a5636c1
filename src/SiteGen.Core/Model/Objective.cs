namespace SiteGen.Model;

/// <summary>An experiment goal, ticked when reached, with what reaching it showed.</summary>
public sealed record Objective
{
    /// <summary>The goal, such as <c>Understand how a StatefulSet differs from a Deployment</c>. Shown numbered ("Objective 1").</summary>
    public required Localized Text { get; init; }

    /// <summary>
    /// <c>true</c> when the goal was reached: its box is ticked, and it is marked ✅ rather than ⬜ under "Objectives achieved".
    /// Leave it out (or write <c>false</c>) when it was not.
    /// </summary>
    public bool Done { get; init; }

    /// <summary>What was achieved, shown under "objectives achieved" in the results.</summary>
    public Localized? Outcome { get; init; }
}
