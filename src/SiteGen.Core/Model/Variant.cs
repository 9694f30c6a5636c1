namespace SiteGen.Model;

/// <summary>An extra variation of the experiment: what was changed, seen and concluded.</summary>
public sealed record Variant
{
    /// <summary>What the variation tests, such as <c>Test Pod failure recovery</c>. Shown as "Variant 1: ...".</summary>
    public required Localized Title { get; init; }

    /// <summary>What was done differently from the steps, such as <c>Deleted the stateful-demo-1 Pod</c>. Shown as "What changed".</summary>
    public required Localized Change { get; init; }

    /// <summary>What happened as a result, such as <c>The StatefulSet recreated a Pod with the same name</c>. Shown as "Observation".</summary>
    public required Localized Observation { get; init; }

    /// <summary>What the variation shows, such as <c>A StatefulSet keeps its Pods' identities</c>. Shown as "Conclusion".</summary>
    public Localized? Conclusion { get; init; }
}
