namespace SiteGen.Model;

/// <summary>One row of the results' metrics table.</summary>
public sealed record Metric
{
    public required Localized Name { get; init; }

    public required Localized Value { get; init; }

    public Localized? Note { get; init; }
}
