namespace SiteGen.Rendering.Views;

// The learning path of the index: experiments and the follow-ups their records name, chapter by chapter.

/// <summary>Where an experiment stands on the learning path.</summary>
public enum PathStatus
{
    /// <summary>It has a record, and every objective is done.</summary>
    Done,

    /// <summary>It has a record with objectives left.</summary>
    InProgress,

    /// <summary>A follow-up names it, but it has no record yet.</summary>
    Planned,
}

/// <summary>An experiment on the path; <see cref="Href"/> is null for a planned one, and <see cref="Title"/> too when no follow-up gives it one.</summary>
/// <param name="StatusLabel">Its status in the page's language: "every objective done".</param>
public sealed record PathNode(string Id, Prose? Title, string? Href, PathStatus Status, string StatusLabel);

/// <summary>A follow-up from one experiment to another, done or not yet.</summary>
public sealed record PathFollowUp(PathNode Target, bool Done);

/// <summary>An experiment of the chapter with its follow-ups.</summary>
public sealed record PathStep(PathNode Experiment, IReadOnlyList<PathFollowUp> FollowUps);

/// <summary>
/// The path of one chapter: as a list, always, and as a Mermaid flowchart unless it has more than
/// <see cref="LearningPathDiagram.MaxNodes"/> nodes.
/// </summary>
/// <param name="Nodes">How many experiments the diagram has or would have: the chapter's, and those its follow-ups lead to or come from.</param>
public sealed record ChapterPath(ChapterView Chapter, IReadOnlyList<PathStep> Steps, string? Mermaid, int Nodes)
{
    public string Anchor => $"path-{Chapter.Number}";
}
