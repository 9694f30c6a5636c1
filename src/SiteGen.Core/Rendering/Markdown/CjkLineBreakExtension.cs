using Markdig;
using Markdig.Renderers;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Drops a soft line break between two CJK characters (<see cref="CjkLineBreakRenderer"/>) in the HTML a
/// pipeline writes; plain-text renderers keep Markdig's line breaks.
/// </summary>
public sealed class CjkLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer { EnableHtmlForInline: true } html)
        {
            CjkLineBreakRenderer.Install(html);
        }
    }
}
