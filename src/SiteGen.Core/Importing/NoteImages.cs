using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SourceSpan = SiteGen.Diagnostics.SourceSpan;

namespace SiteGen.Importing;

/// <summary>
/// The images a note shows (<c>![alt](shots/pods.png)</c>, relative to the note) travel with it: each one
/// that exists is copied into <c>images/</c> beside the new record, named after the record's id
/// (<c>images/2.4-pods.png</c>, so records of one chapter never clash), and the record's paths are written
/// to match, since a record's paths are relative to its own file. An image that is not there is left as
/// written, with a warning (check then says SG0801 until it is there).
/// </summary>
internal static class NoteImages
{
    private static readonly MarkdownPipeline Pipeline = Rendering.Markdown.ProseMarkdown.WithProseExtensions(new MarkdownPipelineBuilder()).Build();

    public const string Folder = "images";

    /// <summary>The images to copy (from, to) and the record's YAML with their paths rewritten.</summary>
    public static (string Yaml, IReadOnlyList<(string From, string To)> Copies) Plan(
        string noteText, string notePath, string shownNote, string recordFolder, string id, string yaml, List<Diagnostic> diagnostics)
    {
        var copies = new List<(string, string)>();
        var noteFolder = Path.GetDirectoryName(Path.GetFullPath(notePath))!;
        var lines = noteText.ReplaceLineEndings("\n").Split('\n');
        var urls = Markdig.Markdown.Parse(noteText, Pipeline).Descendants<LinkInline>()
            .Where(l => l.IsImage && l.Url is { Length: > 0 } url && !url.Contains(':', StringComparison.Ordinal) && url[0] is not ('/' or '\\' or '~'))
            .Select(l => l.Url!).Distinct(StringComparer.Ordinal);
        foreach (var url in urls)
        {
            var from = Path.GetFullPath(Path.Combine(noteFolder, Unescape(url)));
            if (!File.Exists(from) && (url.StartsWith(Publishing.FileInspector.SiteFolder + "/", StringComparison.Ordinal) || url.Contains("/" + Publishing.FileInspector.SiteFolder + "/", StringComparison.Ordinal)))
            {
                continue; // where a report SiteGen wrote shows a published image: the record names its file again (Unpublished)
            }

            if (!File.Exists(from))
            {
                var line = Array.FindIndex(lines, l => l.Contains("](" + url, StringComparison.Ordinal)) + 1;
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportKept, new SourceSpan(shownNote, Math.Max(line, 0), 1),
                    $"The note shows the image {url}, which is not there, so it was not copied beside the record; copy it to {Folder}/ beside the record and write its path there.",
                    line > 0 ? lines[line - 1] : null));
                continue;
            }

            var file = $"{id}-{Path.GetFileName(from)}";
            copies.Add((from, Path.Combine(recordFolder, Folder, file)));

            // A space or a parenthesis would end the Markdown link: written escaped, as the record's reader unescapes it.
            var written = $"{Folder}/{file.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)}";
            yaml = yaml.Replace("](" + url + ")", "](" + written + ")", StringComparison.Ordinal)
                .Replace("](" + url + " ", "](" + written + " ", StringComparison.Ordinal);
        }

        return (yaml, copies);
    }

    /// <summary>Copies the images, never over a different file of the same name.</summary>
    public static void Copy(IReadOnlyList<(string From, string To)> copies, string shownNote, Loading.PathDisplay display, List<Diagnostic> diagnostics)
    {
        foreach (var (from, to) in copies)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                if (File.Exists(to) && !File.ReadAllBytes(to).AsSpan().SequenceEqual(File.ReadAllBytes(from)))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.RecordExists, SourceSpan.WholeFile(shownNote),
                        $"{display.Of(to)} is already there and is another file, so the note's image {display.Of(from)} was not copied; copy it yourself under another name and correct the record's path."));
                    continue;
                }

                File.Copy(from, to, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(shownNote),
                    $"The note's image {display.Of(from)} could not be copied to {display.Of(to)} ({ex.Message}); copy it yourself."));
            }
        }
    }

    private static string Unescape(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }

    /// <summary>
    /// A report SiteGen wrote names its screenshots where the site published them (<c>../../../files/experiments/…</c>):
    /// each such path whose file is in the content folder is written relative to the record again.
    /// </summary>
    public static Model.LabRecord Unpublished(Model.LabRecord record, string contentDirectory, string recordFolder)
    {
        IReadOnlyList<Model.Screenshot> Map(IReadOnlyList<Model.Screenshot> shots) => [.. shots.Select(shot =>
        {
            var at = shot.File.LastIndexOf(Publishing.FileInspector.SiteFolder + "/", StringComparison.Ordinal);
            if (at < 0 || (at > 0 && shot.File[at - 1] != '/'))
            {
                return shot;
            }

            var source = Path.Combine(contentDirectory, Unescape(shot.File[(at + Publishing.FileInspector.SiteFolder.Length + 1)..]));
            return File.Exists(source) ? shot with { File = Path.GetRelativePath(recordFolder, source).Replace('\\', '/') } : shot;
        })];

        return record with
        {
            Steps = [.. record.Steps.Select(s => s with { Screenshots = Map(s.Screenshots) })],
            Results = record.Results is { } results ? results with { Screenshots = Map(results.Screenshots) } : null,
        };
    }
}
