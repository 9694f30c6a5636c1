namespace SiteGen.Model;

/// <summary>A to-do style item: an open question, a gap in knowledge to fill.</summary>
public sealed record Checkable
{
    public required Localized Text { get; init; }

    public bool Done { get; init; }
}
