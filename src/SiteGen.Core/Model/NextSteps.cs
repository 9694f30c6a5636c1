namespace SiteGen.Model;

/// <summary>What comes after this experiment.</summary>
public sealed record NextSteps
{
    public IReadOnlyList<FollowUp> Experiments { get; init; } = [];

    public IReadOnlyList<Checkable> Knowledge { get; init; } = [];

    public IReadOnlyList<Localized> Applications { get; init; } = [];
}
