using System.Net;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A prose field resolved for one page language: its Markdown, its HTML, and whether it had to fall back
/// to another language. When it did, <see cref="Html"/> and <see cref="InlineHtml"/> wrap the text in an
/// element carrying the text's own <c>lang</c>, followed by a "not yet translated" badge in the page's
/// language; the Markdown forms append the same note in italics.
/// </summary>
public sealed class Prose
{
    internal Prose(string lang, bool isFallback, string badge, Markdown.RenderedProse rendered, string reportMarkdown)
    {
        var (blockHtml, inlineHtml, text, _) = rendered;
        Lang = lang;
        IsFallback = isFallback;
        Badge = badge;
        Text = text;
        Html = isFallback
            ? $"<div class=\"untranslated\"><span class=\"badge\">{Encode(badge)}</span><div lang=\"{Encode(lang)}\">{blockHtml}</div></div>"
            : blockHtml;
        InlineHtml = isFallback
            ? $"<span lang=\"{Encode(lang)}\">{inlineHtml}</span> <span class=\"badge\">{Encode(badge)}</span>"
            : inlineHtml;
        Md = isFallback ? $"{reportMarkdown.TrimEnd()}\n\n*({badge})*" : reportMarkdown.TrimEnd();
        MdInline = isFallback ? $"{reportMarkdown.Trim()} *({badge})*" : reportMarkdown.Trim();
    }

    /// <summary>The BCP 47 tag of the language the text is actually in.</summary>
    public string Lang { get; }

    public bool IsFallback { get; }

    /// <summary>The "not yet translated" label in the page's language.</summary>
    public string Badge { get; }

    /// <summary>Block HTML (paragraphs, lists, code, diagrams).</summary>
    public string Html { get; }

    /// <summary>Inline HTML for headings, list items and table cells.</summary>
    public string InlineHtml { get; }

    /// <summary>Plain text without markup, for <c>&lt;title&gt;</c> and meta descriptions.</summary>
    public string Text { get; }

    /// <summary>
    /// The plain text, HTML-encoded and marked when it fell back: for places that are already a link
    /// (a link inside a link is invalid) such as index entries, follow-ups and references.
    /// </summary>
    public string TextHtml => IsFallback
        ? $"<span lang=\"{Encode(Lang)}\">{Encode(Text)}</span> <span class=\"badge\">{Encode(Badge)}</span>"
        : Encode(Text);

    /// <summary>
    /// Markdown for a report paragraph, with the untranslated note when it fell back; raw HTML is
    /// escaped and unsafe links neutralised, as on the site.
    /// </summary>
    public string Md { get; }

    /// <summary>Markdown for a report line or list item.</summary>
    public string MdInline { get; }

    public override string ToString() => Text;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
