namespace SiteGen.Model;

/// <summary>Further exploration beyond the planned steps.</summary>
public sealed record Exploration
{
    public IReadOnlyList<Variant> Variants { get; init; } = [];

    public IReadOnlyList<ReadingNote> Reading { get; init; } = [];
}
