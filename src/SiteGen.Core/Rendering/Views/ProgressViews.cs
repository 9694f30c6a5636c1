namespace SiteGen.Rendering.Views;

// What the index of a language shows of the site's progress: what is left to do, and the ratings.

/// <summary>What is left across the site: how many of each kind, and each item, chapter by chapter, experiment by experiment.</summary>
public sealed record ProgressView(IReadOnlyList<ProgressCount> Counts, IReadOnlyList<ProgressChapter> Chapters)
{
    public int Items => Counts.Sum(c => c.Count);

    public int Experiments => Chapters.Sum(c => c.Experiments.Count);
}

/// <summary>How many items of one kind are left: "Open questions: 6".</summary>
public sealed record ProgressCount(string Label, int Count);

public sealed record ProgressChapter(ChapterView Chapter, IReadOnlyList<ProgressExperiment> Experiments);

/// <summary>An experiment with what it leaves to do.</summary>
public sealed record ProgressExperiment(string Id, Prose Title, string Href, IReadOnlyList<ProgressItem> Items);

/// <summary>One thing left to do, linked to its place on the experiment's page.</summary>
/// <param name="Kind">What it is, in the page's language: "Open question".</param>
/// <param name="Text">Its text; null for a cleanup that says no more than its status.</param>
/// <param name="Status">Its status in the page's language when it says more than the kind: "⚠️ Worked around".</param>
public sealed record ProgressItem(string Kind, string Href, Prose? Text, string? Status);

/// <summary>The experiments of a chapter that rate themselves.</summary>
public sealed record RatingsChapter(ChapterView Chapter, IReadOnlyList<RatingsRow> Experiments);

/// <summary>One experiment's ratings (stars out of <see cref="OutOf"/>), in the order of the columns; null where it gives none.</summary>
public sealed record RatingsRow(string Id, Prose Title, string Href, IReadOnlyList<int?> Stars)
{
    public const int OutOf = 5;
}
