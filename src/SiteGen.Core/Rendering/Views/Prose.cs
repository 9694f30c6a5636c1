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
    private readonly Markdown.RenderedProse _rendered;
    private readonly Func<string> _reportMarkdown;
    private string? _html;
    private string? _inlineHtml;
    private string? _md;

    internal Prose(string lang, bool isFallback, string badge, Markdown.RenderedProse rendered, Func<string> reportMarkdown)
    {
        Lang = lang;
        IsFallback = isFallback;
        Badge = badge;
        _rendered = rendered;
        _reportMarkdown = reportMarkdown;
    }

    /// <summary>The BCP 47 tag of the language the text is actually in.</summary>
    public string Lang { get; }

    public bool IsFallback { get; }

    /// <summary>The "not yet translated" label in the page's language.</summary>
    public string Badge { get; }

    /// <summary>Block HTML (paragraphs, lists, code, diagrams).</summary>
    public string Html => _html ??= IsFallback
        ? $"<div class=\"untranslated\"><span class=\"badge\">{Encode(Badge)}</span><div lang=\"{Encode(Lang)}\">{_rendered.Html}</div></div>"
        : _rendered.Html;

    /// <summary>Inline HTML for headings, list items and table cells.</summary>
    public string InlineHtml => _inlineHtml ??= IsFallback
        ? $"<span lang=\"{Encode(Lang)}\">{_rendered.InlineHtml}</span> <span class=\"badge\">{Encode(Badge)}</span>"
        : _rendered.InlineHtml;

    /// <summary>Plain text without markup, for <c>&lt;title&gt;</c> and meta descriptions.</summary>
    public string Text => _rendered.Text;

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
    public string Md => IsFallback ? $"{ReportMarkdown.TrimEnd()}\n\n*({Badge})*" : ReportMarkdown.TrimEnd();

    /// <summary>Markdown for a report line or list item.</summary>
    public string MdInline => IsFallback ? $"{ReportMarkdown.Trim()} *({Badge})*" : ReportMarkdown.Trim();

    private string ReportMarkdown => _md ??= _reportMarkdown();

    public override string ToString() => Text;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
