using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Validation;

namespace SiteGen.Publishing;

/// <summary>
/// The files a record names, in the order they are written: its <c>resources</c>, the images in its prose
/// (every language's text) and its screenshots, each with where it is written.
/// </summary>
public static class FileReferences
{
    private static readonly MarkdownPipeline Pipeline = Rendering.Markdown.ProseMarkdown.WithProseExtensions(new MarkdownPipelineBuilder()).Build();

    public static IReadOnlyList<FileReference> Of(LabRecord record, SourceText source, SourceMap map, IReadOnlyList<ProseField> fields)
    {
        var found = new List<FileReference>();
        var resources = map.Find(record, nameof(LabRecord.Resources)) ?? record.Span;
        foreach (var resource in record.Resources)
        {
            found.Add(new FileReference(FileUse.Resource, resource, Find(source, resource, resources.Line, resources), HasAlt: true));
        }

        foreach (var field in fields.Where(f => !f.IsLiteral))
        {
            var texts = field.Text.IsNeutral ? [field.Text.Neutral!] : field.Text.Languages.Select(l => field.Text.Resolve(l, []).Text);
            foreach (var text in texts.Where(t => t.Contains("![", StringComparison.Ordinal)))
            {
                foreach (var image in Markdig.Markdown.Parse(text, Pipeline).Descendants<LinkInline>().Where(l => l.IsImage && l.Url is { Length: > 0 }))
                {
                    var alt = image.FirstChild is not null && image.Descendants<LiteralInline>().Any(l => !l.Content.IsEmpty && l.Content.ToString().Trim().Length > 0);
                    found.Add(new FileReference(FileUse.Image, image.Url!, Find(source, "](" + image.Url, Math.Max(field.Text.Span.Line, 1), field.Text.Span, offset: 2), alt));
                }
            }
        }

        var shots = record.Steps.SelectMany(s => s.Screenshots).Concat(record.Results?.Screenshots ?? []);
        foreach (var shot in shots)
        {
            var at = map.Find(shot, nameof(Screenshot.File)) ?? record.Span;
            found.Add(new FileReference(FileUse.Screenshot, shot.File, new Located(at, source.Line(at.Line)), shot.Alt is not null));
        }

        return found;
    }

    /// <summary>Where <paramref name="text"/> is first written on or after line <paramref name="from"/>; <paramref name="fallback"/> when nowhere.</summary>
    private static Located Find(SourceText source, string text, int from, Diagnostics.SourceSpan fallback, int offset = 0)
    {
        for (var number = Math.Max(from, 1); source.Line(number) is { } line; number++)
        {
            var column = line.IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return new Located(source.Span(number, column + 1 + offset), line);
            }
        }

        return new Located(fallback, source.Line(fallback.Line));
    }
}
