using Markdig;
using Markdig.Renderers;
using SiteGen.Rendering.Highlighting;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Writes fenced code in prose highlighted by <paramref name="highlighter"/>
/// (<see cref="HighlightedCodeBlockRenderer"/>). Add it after the diagram extension, whose Mermaid blocks
/// it leaves to Markdig's renderer; plain-text renderers are left alone.
/// </summary>
public sealed class HighlightingExtension(CodeHighlighter highlighter) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer { EnableHtmlForBlock: true } html)
        {
            HighlightedCodeBlockRenderer.Install(html, highlighter);
        }
    }
}
