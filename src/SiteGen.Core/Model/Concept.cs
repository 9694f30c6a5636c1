namespace SiteGen.Model;

/// <summary>A concept understood through the experiment.</summary>
public sealed record Concept
{
    public required Localized Name { get; init; }

    public required Localized Definition { get; init; }

    public Localized? UseCases { get; init; }

    public Localized? Caveats { get; init; }
}
