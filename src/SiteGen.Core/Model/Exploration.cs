namespace SiteGen.Model;

/// <summary>Further exploration beyond the planned steps.</summary>
public sealed record Exploration
{
    /// <summary>
    /// Variations tried beyond the planned steps, each with <c>title</c>, <c>change</c>, <c>observation</c> and optionally
    /// <c>conclusion</c>. Shown numbered ("Variant 1") under "Additional experiments".
    /// </summary>
    public IReadOnlyList<Variant> Variants { get; init; } = [];

    /// <summary>
    /// Notes from reading source code or documentation, each with <c>location</c>, and optionally <c>logic</c>
    /// and <c>insight</c>. Shown under "Source and documentation notes".
    /// </summary>
    public IReadOnlyList<ReadingNote> Reading { get; init; } = [];
}
