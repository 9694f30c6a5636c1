namespace SiteGen.Model;

/// <summary>
/// What the experiment showed. The objectives achieved come from <see cref="Objective.Outcome"/>.
/// </summary>
public sealed record Results
{
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    public IReadOnlyList<Metric> Metrics { get; init; } = [];
}
