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

    /// <summary>
    /// <c>true</c> while the goal is being worked on: marked ⏳ rather than ⬜ under "Objectives achieved".
    /// Ignored once <c>done</c> is true.
    /// </summary>
    public bool InProgress { get; init; }

    /// <summary>Why the goal was not (yet) reached, such as <c>the cluster had no storage class</c>; shown under it in the results.</summary>
    public Localized? Shortfall { get; init; }

    /// <summary>What was achieved, shown under "objectives achieved" in the results.</summary>
    public Localized? Outcome { get; init; }
}
