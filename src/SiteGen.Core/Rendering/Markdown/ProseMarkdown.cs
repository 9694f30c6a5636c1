using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline for prose in records: CommonMark plus tables, task lists, autolinks and
/// Mermaid fences; raw HTML is escaped and link and image URLs are limited to safe schemes. Headings in
/// prose are demoted by three levels (<c>#</c> becomes <c>h4</c>) so they sit below the page's own sections.
/// Extensions that let text inject attributes or embeds (generic attributes, media links) are left out,
/// and so are footnotes, whose ids would repeat when several fields of a page use them.
/// Thread-safe: one instance renders every page of a build.
/// </summary>
public sealed class ProseMarkdown
{
    private readonly MarkdownPipeline _pipeline = WithProseExtensions(new MarkdownPipelineBuilder())
        .DisableHtml()
        .Build();

    private readonly ReportMarkdown _report = new();

    /// <summary>The Markdown that prose may use, shared by the site's and the reports' pipelines.</summary>
    internal static MarkdownPipelineBuilder WithProseExtensions(MarkdownPipelineBuilder builder) => builder
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseDiagrams();

    /// <summary>
    /// Every form a page needs of one prose field, from a single parse: block HTML, inline HTML (a single
    /// paragraph loses its <c>&lt;p&gt;</c>; text with several blocks, which cannot sit in a heading or a
    /// label, becomes its encoded plain text), plain text, and whether it holds a Mermaid fence.
    /// </summary>
    public RenderedProse Render(string markdown)
    {
        var document = Parse(markdown);
        var text = WritePlainText(document);
        var inline = document.Count == 1 && document[0] is ParagraphBlock
            ? Write(document, implicitParagraph: true)
            : System.Net.WebUtility.HtmlEncode(text);
        return new RenderedProse(
            Write(document, implicitParagraph: false),
            inline,
            text,
            document.Descendants<FencedCodeBlock>().Any(IsMermaid));
    }

    public string ToHtml(string markdown) => Render(markdown).Html;

    public string ToInlineHtml(string markdown) => Render(markdown).InlineHtml;

    public string ToPlainText(string markdown) => Render(markdown).Text;

    public bool HasDiagram(string markdown) => Render(markdown).HasDiagram;

    /// <summary>The Markdown for a report: the source with raw HTML escaped and unsafe links neutralised.</summary>
    public string ToReportMarkdown(string markdown) => _report.Sanitize(markdown);

    private static bool IsMermaid(FencedCodeBlock block) =>
        string.Equals(block.Info, "mermaid", StringComparison.OrdinalIgnoreCase);

    private MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 3);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!SafeUrls.IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !SafeUrls.IsSafe(autolink.Url))
            {
                autolink.Url = "#";
            }
        }

        return document;
    }

    /// <summary>The text without markup, as Markdig's <c>ToPlainText</c> writes it.</summary>
    private string WritePlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private string Write(MarkdownDocument document, bool implicitParagraph)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        _pipeline.Setup(renderer);
        CjkLineBreakRenderer.Install(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }
}

/// <summary>One prose field rendered: <see cref="ProseMarkdown.Render"/>.</summary>
public sealed record RenderedProse(string Html, string InlineHtml, string Text, bool HasDiagram);
