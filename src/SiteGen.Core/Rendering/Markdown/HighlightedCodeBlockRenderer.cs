using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Rendering.Highlighting;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// A fenced code block in prose whose language has a grammar is written highlighted
/// (<see cref="CodeHighlighter"/>); every other block (no language, an unknown one, a Mermaid diagram) is
/// written as Markdig writes it.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer fallback, CodeHighlighter highlighter) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var language = (block as FencedCodeBlock)?.Info;
        if (language is null || string.Equals(language, "mermaid", StringComparison.OrdinalIgnoreCase)
            || !renderer.EnableHtmlForBlock
            || highlighter.Highlight(Text(block), language) is not { } html)
        {
            fallback.Write(renderer, block);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<pre><code class=\"language-").WriteEscape(language).Write("\">").Write(html).Write("</code></pre>");
        renderer.WriteLine();
    }

    /// <summary>The block's text; an empty block has no line array at all.</summary>
    private static string Text(CodeBlock block) =>
        block.Lines.Count == 0 ? "" : string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));

    /// <summary>Replaces Markdig's code-block renderer in a renderer set up by a pipeline.</summary>
    public static void Install(HtmlRenderer renderer, CodeHighlighter highlighter)
    {
        var original = renderer.ObjectRenderers.FindExact<CodeBlockRenderer>();
        if (original is not null)
        {
            renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(original, highlighter));
        }
    }
}
