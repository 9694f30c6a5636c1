namespace SiteGen.Model;

/// <summary>
/// What the experiment showed. The objectives achieved come from <see cref="Objective.Outcome"/>.
/// </summary>
public sealed record Results
{
    /// <summary>
    /// Key observations, each numbered ("Observation 1") with <c>title</c>, <c>phenomenon</c>, and optionally
    /// <c>cause</c> and <c>lesson</c>.
    /// </summary>
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    /// <summary>
    /// Measured values, shown as a table of <c>name</c>, <c>value</c> and <c>note</c>,
    /// such as <c>PVC binding time</c>, <c>~30 seconds</c>, <c>Depends on the storage backend</c>.
    /// </summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];

    /// <summary>
    /// Images of the outcome (a dashboard, a load test's graph), each with <c>file</c> (relative to the record),
    /// <c>caption</c> and <c>alt</c>; shown after the metrics.
    /// </summary>
    public IReadOnlyList<Screenshot> Screenshots { get; init; } = [];
}
