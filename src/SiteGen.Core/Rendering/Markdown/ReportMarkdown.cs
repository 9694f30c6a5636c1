using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Prose as it goes into a Markdown report: the author's Markdown, with what the site refuses made
/// harmless for whatever later renders the report. Raw HTML (<c>&lt;none&gt;</c>, <c>&lt;script&gt;</c>)
/// gets its <c>&lt;</c> escaped, so it shows as written instead of vanishing or running, and unsafe link
/// targets become <c>#</c>. Code spans and fences are left exactly as they are, but a fence the author
/// left open is closed at the end of the field, so it cannot swallow the sections after it.
/// </summary>
public sealed class ReportMarkdown
{
    // The same extensions as the site's pipeline, but with HTML recognised, so it can be found.
    private readonly MarkdownPipeline _pipeline = ProseMarkdown.WithProseExtensions(new MarkdownPipelineBuilder())
        .UsePreciseSourceLocation()
        .Build();

    public string Sanitize(string markdown) => Sanitize(markdown, images: null);

    /// <param name="images">The published address of an image written in the record, or null to leave it as written.</param>
    public string Sanitize(string markdown, Func<string, string?>? images)
    {
        // A code block left open would run on through the rest of the report: close it where the field ends.
        if (CodeFences.Unclosed(markdown) is { } open)
        {
            markdown = markdown.TrimEnd('\n') + "\n" + open.Run;
        }

        if (markdown.IndexOfAny(['<', ':']) < 0 && (images is null || !markdown.Contains("![", StringComparison.Ordinal)))
        {
            return markdown;
        }

        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var edits = new List<(int Start, int End, Func<string, string> Change)>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    edits.Add((node.Span.Start, node.Span.End, EscapeTags));
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !SafeUrls.IsSafe(autolink.Url):
                    edits.Add((node.Span.Start, node.Span.End, EscapeTags));
                    break;
                case LinkInline link when !SafeUrls.IsSafe(link.Url) && link.UrlSpan is { IsEmpty: false } url:
                    edits.Add((url.Start, url.End, _ => "#"));
                    break;
                case LinkInline { IsImage: true, Url.Length: > 0 } image when images?.Invoke(image.Url!) is { } published && image.UrlSpan is { IsEmpty: false } url:
                    edits.Add((url.Start, url.End, _ => published));
                    break;
                case LinkReferenceDefinition definition when !SafeUrls.IsSafe(definition.Url) && definition.UrlSpan is { IsEmpty: false } url:
                    // Also one no link uses (a second definition of a label): another renderer may pick it.
                    edits.Add((url.Start, url.End, _ => "#"));
                    break;
            }
        }

        var text = markdown;
        foreach (var (start, end, change) in Disjoint(edits.Where(e => e.Start >= 0 && e.End < markdown.Length)).OrderByDescending(e => e.Start))
        {
            text = string.Concat(text.AsSpan(0, start), change(text[start..(end + 1)]), text.AsSpan(end + 1));
        }

        return text;
    }

    /// <summary>
    /// The edits in text order, without any that overlaps one before it: links that share a reference
    /// definition all name its target, which is replaced once; an edit inside a replaced span is moot.
    /// </summary>
    private static IEnumerable<(int Start, int End, Func<string, string> Change)> Disjoint(IEnumerable<(int Start, int End, Func<string, string> Change)> edits)
    {
        var reached = -1;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            if (edit.Start > reached)
            {
                reached = edit.End;
                yield return edit;
            }
        }
    }

    private static string EscapeTags(string html) => html.Replace("<", "&lt;", StringComparison.Ordinal);
}
