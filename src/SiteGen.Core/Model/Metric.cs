namespace SiteGen.Model;

/// <summary>One row of the results' metrics table.</summary>
public sealed record Metric
{
    /// <summary>What was measured, such as <c>PVC binding time</c>: the first column of the metrics table.</summary>
    public required Localized Name { get; init; }

    /// <summary>The measured value with its unit, such as <c>~30 seconds</c> or <c>1Gi</c>: the second column.</summary>
    public required Localized Value { get; init; }

    /// <summary>A remark on the value, such as <c>Depends on the storage backend</c>: the last column, empty when left out.</summary>
    public Localized? Note { get; init; }
}
