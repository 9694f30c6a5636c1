using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// What the rest of the site needs to know about one record, kept in memory for the whole build while
/// the record itself is let go: its address, what the index shows, what other pages show of it, and what
/// the checks across records need (ids, slugs and follow-ups, with where they are written), and what the
/// index's progress and learning path show (what is left to do, the ratings, the follow-ups).
/// </summary>
/// <param name="Path">The record's file, absolute.</param>
/// <param name="Hash">A hash of the file's bytes: the record as checked. A page built from it reads the file again and must find the same.</param>
/// <param name="IsValid">False when the file had errors; such a record is checked but never rendered.</param>
/// <param name="Untranslated">For each site language, how many prose fields of the record lack it.</param>
public sealed record RecordEntry(
    string Path,
    string DisplayPath,
    string Hash,
    bool IsValid,
    string Id,
    string? Slug,
    int Chapter,
    Localized? Title,
    DateOnly Date,
    ExperimentDuration? Duration,
    int ObjectivesDone,
    int ObjectivesTotal,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, int> Untranslated,
    int ProseFields,
    Located IdAt,
    Located? SlugAt,
    IReadOnlyList<FollowUpReference> FollowUps)
{
    /// <summary>What the record leaves to do, in page order: objectives, open questions, problems, cleanup.</summary>
    public IReadOnlyList<OutstandingItem> Outstanding { get; init; } = [];

    /// <summary>The record's self-assessment, if it rates itself.</summary>
    public SelfAssessment? Ratings { get; init; }

    /// <summary>The files the record names (resources, images, screenshots), as written, in file order.</summary>
    public IReadOnlyList<Publishing.FileReference> Files { get; init; } = [];

    /// <summary>
    /// The files of <see cref="Files"/> that were found and are published, as this build found them (not
    /// kept with the check: a file can change while the record does not). Empty until inspected.
    /// </summary>
    public IReadOnlyList<Publishing.RecordFileUse> Published { get; init; } = [];
}

/// <summary>Where a value is written, with its line for the excerpt under a diagnostic.</summary>
public sealed record Located(SourceSpan Span, string? Line);

/// <summary>A follow-up a record names, and where; whether it is done, and the title it gives it (shown while it has no record).</summary>
public sealed record FollowUpReference(string Id, Located At, bool Done, Localized? Title);
