using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// A soft line break between two Chinese (or Japanese, Korean) characters is dropped instead of written as
/// a newline: browsers show that newline as a space, which splits a hard-wrapped Chinese sentence in
/// two. Every other line break renders as Markdig renders it.
/// </summary>
internal sealed class CjkLineBreakRenderer(LineBreakInlineRenderer fallback) : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (!lineBreak.IsHard
            && LastChar(lineBreak.PreviousSibling) is { } before && IsCjk(before)
            && FirstChar(lineBreak.NextSibling) is { } after && IsCjk(after))
        {
            return;
        }

        fallback.Write(renderer, lineBreak);
    }

    /// <summary>Replaces Markdig's line-break renderer in a renderer set up by a pipeline.</summary>
    public static void Install(HtmlRenderer renderer)
    {
        var original = renderer.ObjectRenderers.FindExact<LineBreakInlineRenderer>();
        if (original is not null)
        {
            renderer.ObjectRenderers.Replace<LineBreakInlineRenderer>(new CjkLineBreakRenderer(original));
        }
    }

    private static char? LastChar(Inline? inline) =>
        inline is LiteralInline { Content: { Length: > 0 } text } ? text.Text[text.End] : null;

    private static char? FirstChar(Inline? inline) =>
        inline is LiteralInline { Content: { Length: > 0 } text } ? text.Text[text.Start] : null;

    private static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'   // CJK radicals, punctuation, kana, unified ideographs
        or >= '\uAC00' and <= '\uD7A3'     // Hangul syllables
        or >= '\uF900' and <= '\uFAFF'     // compatibility ideographs
        or >= '\uFF00' and <= '\uFFEF';    // full-width forms and punctuation
}
