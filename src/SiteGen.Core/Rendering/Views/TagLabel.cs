using System.Net;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A tag as a page shows it: its name from <c>site.yaml</c> in the page's language, or the tag as written.
/// A name that fell back to another language carries that language's tag and the "not yet translated" badge,
/// as prose does (<see cref="Prose.TextHtml"/>). The tag's URL never depends on it.
/// </summary>
/// <param name="Lang">The BCP 47 tag of the text's language when it fell back; otherwise null.</param>
/// <param name="Badge">The "not yet translated" label when it fell back; otherwise null.</param>
public sealed record TagLabel(string Text, string? Lang = null, string? Badge = null)
{
    public bool IsFallback => Badge is not null;

    /// <summary>The name, HTML-encoded and marked when it fell back: for inside a link.</summary>
    public string Html => IsFallback
        ? $"<span lang=\"{Encode(Lang!)}\">{Encode(Text)}</span> <span class=\"badge\">{Encode(Badge!)}</span>"
        : Encode(Text);

    public override string ToString() => Text;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
