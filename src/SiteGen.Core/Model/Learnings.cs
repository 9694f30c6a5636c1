namespace SiteGen.Model;

/// <summary>Key learnings: concepts, best practices, questions to dig into.</summary>
public sealed record Learnings
{
    public IReadOnlyList<Concept> Concepts { get; init; } = [];

    public IReadOnlyList<Localized> Practices { get; init; } = [];

    public IReadOnlyList<Checkable> Questions { get; init; } = [];
}
