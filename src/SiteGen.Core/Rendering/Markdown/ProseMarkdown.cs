using Markdig;
using Markdig.Extensions.Diagrams;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Rendering.Highlighting;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline for prose in records: CommonMark plus tables, task lists, autolinks and
/// Mermaid fences; raw HTML is escaped and link and image URLs are limited to safe schemes. Headings in
/// prose are demoted by three levels (<c>#</c> becomes <c>h4</c>) so they sit below the page's own sections.
/// Extensions that let text inject attributes or embeds (generic attributes, media links) are left out,
/// and so are footnotes, whose ids would repeat when several fields of a page use them.
/// How the site writes what prose holds comes in as Markdig extensions (<see cref="SiteExtensions"/>):
/// Mermaid fences, highlighted code and CJK line breaks.
/// Thread-safe: one instance renders every page of a build, each thread with renderers of its own.
/// </summary>
public sealed class ProseMarkdown
{
    private readonly MarkdownPipeline _pipeline;
    private readonly ReportMarkdown _report = new();
    private readonly ThreadLocal<Writers> _writers;

    /// <summary>Prose as the site writes it: <see cref="SiteExtensions"/> with the shared highlighter.</summary>
    public ProseMarkdown()
        : this(SiteExtensions(CodeHighlighter.Instance))
    {
    }

    /// <summary>Prose written with <paramref name="extensions"/> added, in order, after the Markdown prose may use.</summary>
    public ProseMarkdown(IEnumerable<IMarkdownExtension> extensions)
    {
        var builder = WithProseExtensions(new MarkdownPipelineBuilder()).DisableHtml();
        foreach (var extension in extensions)
        {
            builder.Extensions.Add(extension);
        }

        _pipeline = builder.Build();
        _writers = new ThreadLocal<Writers>(() => new Writers(_pipeline));
    }

    /// <summary>
    /// How the site writes prose: Mermaid fences as <c>&lt;pre class="mermaid"&gt;</c> (drawn at build time
    /// or in the browser), code highlighted by <paramref name="highlighter"/>, no space between Chinese lines.
    /// </summary>
    public static IReadOnlyList<IMarkdownExtension> SiteExtensions(CodeHighlighter highlighter) =>
        [new DiagramExtension(), new HighlightingExtension(highlighter), new CjkLineBreakExtension()];

    /// <summary>The Markdown that prose may use, shared by the site's and the reports' pipelines.</summary>
    internal static MarkdownPipelineBuilder WithProseExtensions(MarkdownPipelineBuilder builder) => builder
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras();

    /// <summary>
    /// Every form a page may need of one prose field, from a single parse, each written when first asked
    /// for: block HTML, inline HTML (a single paragraph loses its <c>&lt;p&gt;</c>; text with several blocks,
    /// which cannot sit in a heading or a label, becomes its encoded plain text), plain text, and whether it
    /// holds a Mermaid fence. Most prose is a plain sentence with nothing Markdig would change
    /// (<see cref="PlainProse"/>): that is not parsed at all.
    /// </summary>
    public RenderedProse Render(string markdown) => Render(markdown, images: null);

    /// <summary>
    /// The same, with each image whose path <paramref name="images"/> knows (a file beside the record) pointed
    /// at the published file, with its size, <c>srcset</c> and lazy loading written on the <c>&lt;img&gt;</c>.
    /// </summary>
    public RenderedProse Render(string markdown, Func<string, Views.ImageSource?>? images) =>
        PlainProse.IsPlain(markdown) ? RenderedProse.Plain(markdown) : RenderParsed(markdown, images);

    /// <summary>The same, always through Markdig: what <see cref="PlainProse"/> is tested against.</summary>
    internal RenderedProse RenderParsed(string markdown, Func<string, Views.ImageSource?>? images = null)
    {
        var document = Parse(markdown);
        if (images is not null)
        {
            PointImages(document, images);
        }

        return new RenderedProse(this, document, document.Descendants<FencedCodeBlock>().Any(IsMermaid));
    }

    public string ToHtml(string markdown) => Render(markdown).Html;

    public string ToInlineHtml(string markdown) => Render(markdown).InlineHtml;

    public string ToPlainText(string markdown) => Render(markdown).Text;

    public bool HasDiagram(string markdown) => Render(markdown).HasDiagram;

    /// <summary>The Markdown for a report: the source with raw HTML escaped and unsafe links neutralised.</summary>
    public string ToReportMarkdown(string markdown) => _report.Sanitize(markdown);

    /// <summary>The same, with images beside the record pointed at their published files (<paramref name="images"/>).</summary>
    public string ToReportMarkdown(string markdown, Func<string, string?>? images) => _report.Sanitize(markdown, images);

    private static void PointImages(MarkdownDocument document, Func<string, Views.ImageSource?> images)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is { Length: > 0 }))
        {
            if (images(image.Url!) is not { } source)
            {
                continue;
            }

            image.Url = source.Src;
            var attributes = image.GetAttributes();
            if (source.Width > 0 && source.Height > 0)
            {
                attributes.AddProperty("width", source.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddProperty("height", source.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (source.SrcSet is { } srcSet)
            {
                attributes.AddProperty("srcset", srcSet);
                attributes.AddProperty("sizes", source.Sizes!);
            }

            attributes.AddProperty("loading", source.Eager ? "eager" : "lazy");
            attributes.AddProperty("decoding", "async");
        }
    }

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

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !SafeUrls.IsSafe(autolink.Url))
            {
                // Not a link, but the author's text is kept: <javascript:…> shows as written.
                autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
            }
        }

        foreach (var entity in document.Descendants<HtmlEntityInline>().ToList())
        {
            if (HasControl(entity.Transcoded.AsSpan()))
            {
                // &#14; would put U+000E in the page, which no page can show (and a YAML value may not hold
                // either, SG0011): the reference stays text, as written.
                entity.ReplaceBy(new LiteralInline(entity.Original.ToString()));
            }
        }

        return document;
    }

    private static bool HasControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An HTML renderer that can be emptied and used again, as Markdig's own renderer cache does.</summary>
    private sealed class ReusableRenderer(StringWriter writer) : HtmlRenderer(writer)
    {
        /// <summary>Empties the output and forgets the indentation and line state of the last render.</summary>
        public void Clear() => Reset();
    }

    internal string WriteHtml(MarkdownDocument document, bool implicitParagraph)
    {
        var writers = _writers.Value!;
        var renderer = implicitParagraph ? writers.Inline : writers.Block;
        return writers.Write(renderer, document).TrimEnd('\n');
    }

    /// <summary>The text without markup, as Markdig's <c>ToPlainText</c> writes it.</summary>
    internal string WritePlainText(MarkdownDocument document)
    {
        var writers = _writers.Value!;
        return writers.Write(writers.Plain, document).Trim();
    }

    /// <summary>
    /// One thread's renderers, set up once (setting a renderer up for a pipeline costs more than rendering
    /// a short field) and reset before each use.
    /// </summary>
    private sealed class Writers
    {
        private readonly StringWriter _output = new() { NewLine = "\n" };

        public Writers(MarkdownPipeline pipeline)
        {
            Block = Setup(new ReusableRenderer(_output), pipeline);
            Inline = Setup(new ReusableRenderer(_output) { ImplicitParagraph = true }, pipeline);
            Plain = Setup(new ReusableRenderer(_output) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false }, pipeline);
        }

        public ReusableRenderer Block { get; }

        public ReusableRenderer Inline { get; }

        public ReusableRenderer Plain { get; }

        public string Write(ReusableRenderer renderer, MarkdownDocument document)
        {
            _output.GetStringBuilder().Clear();
            renderer.Clear();
            renderer.Render(document);
            _output.Flush();
            return _output.ToString();
        }

        private static ReusableRenderer Setup(ReusableRenderer renderer, MarkdownPipeline pipeline)
        {
            pipeline.Setup(renderer);
            return renderer;
        }
    }
}

/// <summary>One prose field rendered: <see cref="ProseMarkdown.Render(string)"/>. Each form is written when first read.</summary>
public sealed class RenderedProse
{
    private readonly ProseMarkdown? _owner;
    private readonly MarkdownDocument? _document;
    private string? _html;
    private string? _inlineHtml;
    private string? _text;

    internal RenderedProse(ProseMarkdown owner, MarkdownDocument document, bool hasDiagram)
    {
        _owner = owner;
        _document = document;
        HasDiagram = hasDiagram;
    }

    private RenderedProse(string html, string inlineHtml, string text)
    {
        _html = html;
        _inlineHtml = inlineHtml;
        _text = text;
    }

    /// <summary>Block HTML (paragraphs, lists, code, diagrams).</summary>
    public string Html => _html ??= _owner!.WriteHtml(_document!, implicitParagraph: false);

    /// <summary>Inline HTML for headings, list items and table cells.</summary>
    public string InlineHtml => _inlineHtml ??= _document!.Count == 1 && _document[0] is ParagraphBlock
        ? _owner!.WriteHtml(_document, implicitParagraph: true)
        : System.Net.WebUtility.HtmlEncode(Text);

    /// <summary>Plain text without markup.</summary>
    public string Text => _text ??= _owner!.WritePlainText(_document!);

    public bool HasDiagram { get; }

    /// <summary>A field <see cref="PlainProse"/> found to hold no markup: its forms are the text itself, escaped.</summary>
    internal static RenderedProse Plain(string text)
    {
        var escaped = text.Contains('"', StringComparison.Ordinal) ? text.Replace("\"", "&quot;", StringComparison.Ordinal) : text;
        return new RenderedProse($"<p>{escaped}</p>", escaped, text);
    }
}
