namespace SiteGen.Model;

/// <summary>What kind of thing a record leaves to do.</summary>
public enum OutstandingKind
{
    /// <summary>An objective not done.</summary>
    Objective,

    /// <summary>An open question (under learnings) not looked into yet.</summary>
    Question,

    /// <summary>A problem still <c>open</c> or only <c>worked-around</c>.</summary>
    Problem,

    /// <summary>A cleanup that is <c>partial</c> or <c>pending</c>.</summary>
    Cleanup,
}

/// <summary>
/// Something a record leaves to do, as the index's progress lists it: kept in the record's catalogue entry, so
/// the index is made without reading the records again.
/// </summary>
/// <param name="Anchor">The id of its place on the experiment page (see <c>PageAnchors</c>): <c>objective-3</c>, <c>problem-2</c>.</param>
/// <param name="Text">What it is, as the record writes it; for a cleanup, its <c>status_text</c>, or null for the status's usual words.</param>
/// <param name="Status">The status as the record writes it, when it says more than the kind: <c>open</c> or <c>worked-around</c>, <c>partial</c> or <c>pending</c>, <c>in-progress</c>.</param>
public sealed record OutstandingItem(OutstandingKind Kind, string Anchor, Localized? Text, string? Status);
