namespace SiteGen.Model;

/// <summary>The experiment in one line, then in a paragraph or more.</summary>
public sealed record Summary
{
    public required Localized OneLine { get; init; }

    public Localized? Detailed { get; init; }
}
