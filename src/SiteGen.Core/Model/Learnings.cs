namespace SiteGen.Model;

/// <summary>Key learnings: concepts, best practices, questions to dig into.</summary>
public sealed record Learnings
{
    /// <summary>
    /// Concepts understood through the experiment, each with <c>name</c>, <c>definition</c>, and optionally <c>use_cases</c>
    /// and <c>caveats</c>. Listed numbered under "Core concepts".
    /// </summary>
    public IReadOnlyList<Concept> Concepts { get; init; } = [];

    /// <summary>
    /// Best practices learned, one sentence an item, such as <c>Use a Headless Service for stable service discovery</c>.
    /// Shown numbered ("Practice 1") under "Best practices".
    /// </summary>
    public IReadOnlyList<Localized> Practices { get; init; } = [];

    /// <summary>Points to dig into later, each with <c>text</c> and <c>done</c>. Shown as a checklist under "Open questions".</summary>
    public IReadOnlyList<Checkable> Questions { get; init; } = [];
}
