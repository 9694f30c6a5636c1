namespace SiteGen.Model;

/// <summary>A key observation: what was seen, why, and what it teaches.</summary>
public sealed record Observation
{
    /// <summary>A short name for what was observed, such as <c>Ordered creation</c>. Shown as "Observation 1: ...".</summary>
    public required Localized Title { get; init; }

    /// <summary>What was seen, such as <c>Pods are created strictly in the order 0→1→2</c>. Shown as "Phenomenon".</summary>
    public required Localized Phenomenon { get; init; }

    /// <summary>Why it happens, such as <c>The StatefulSet controller starts Pods in order</c>. Shown as "Cause".</summary>
    public Localized? Cause { get; init; }

    /// <summary>What it teaches or where it matters, such as <c>Suits database clusters</c>. Shown as "Lesson".</summary>
    public Localized? Lesson { get; init; }
}
