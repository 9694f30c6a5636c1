namespace SiteGen.Model;

/// <summary>The experiment in one line, then in a paragraph or more.</summary>
public sealed record Summary
{
    /// <summary>Required. The experiment and what it taught, in one sentence. Shown under "In one line" in the summary.</summary>
    public required Localized OneLine { get; init; }

    /// <summary>A paragraph or more on what was verified and learned; Markdown is allowed. Shown under "In detail".</summary>
    public Localized? Detailed { get; init; }
}
