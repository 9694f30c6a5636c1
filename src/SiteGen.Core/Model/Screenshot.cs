namespace SiteGen.Model;

/// <summary>An image of what a step or the results showed: a file beside the record, with a caption and alt text.</summary>
[KeepSourceSpans]
public sealed record Screenshot
{
    /// <summary>
    /// The image file, relative to the record's file, such as <c>images/pods-ready.png</c> (PNG, JPEG, GIF, WebP or SVG).
    /// It is copied into the site once and shown on the page and in the report.
    /// </summary>
    public required string File { get; init; }

    /// <summary>What the image shows, shown under it, such as <c>All three Pods Ready</c>.</summary>
    public Localized? Caption { get; init; }

    /// <summary>
    /// The image described for readers who cannot see it (screen readers, a failed load), such as
    /// <c>kubectl output listing web-0, web-1 and web-2 as Running</c>. Required in spirit: without it, check warns.
    /// </summary>
    public Localized? Alt { get; init; }
}
