using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// Finds the files a record names and decides what the site publishes, on every build (a file can change
/// while its record does not): each path must be relative, stay inside the content folder and name a file
/// that is there; an image must be one SiteGen can read, have alt text and not be too large; an SVG is
/// made safe (<see cref="SvgSanitizer"/>); an image from another site is flagged as <c>site.yaml</c> says.
/// Each file is read once per build, however many records name it. Thread-safe.
/// </summary>
public sealed partial class FileInspector(string contentDirectory, PathDisplay display, RemoteImages remoteImages)
{
    /// <summary>An image larger than this is a warning: every reader downloads it.</summary>
    public const long ImageSizeLimit = 1 << 20;

    /// <summary>Where published files go in the site, under the path they have in the content folder.</summary>
    public const string SiteFolder = "files";

    private readonly string _content = Path.GetFullPath(contentDirectory);
    private readonly ConcurrentDictionary<string, Lazy<Inspection>> _files = new(StringComparer.Ordinal);

    /// <summary>The entry with <see cref="RecordEntry.Published"/> filled in; a missing image makes it invalid.</summary>
    public RecordEntry Inspect(RecordEntry entry, DiagnosticBag diagnostics)
    {
        if (entry.Files.Count == 0)
        {
            return entry;
        }

        var folder = Path.GetDirectoryName(entry.Path)!;
        var published = new List<(FileReference Reference, PublishedFile File)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var errors = false;
        foreach (var reference in entry.Files)
        {
            var problems = new List<Diagnostic>();
            if (Resolve(reference, folder, entry.DisplayPath, problems) is { } file)
            {
                published.Add((reference, file));
            }

            // The same path in every language's text is one problem, said once, where it is first written.
            foreach (var problem in problems.Where(p => reported.Add($"{p.Code}\n{reference.Use}\n{reference.Written}")))
            {
                diagnostics.Add(problem);
                errors |= problem.IsError;
            }
        }

        var first = published.Where(p => p.Reference.IsImage).Select(p => p.Reference.Written).FirstOrDefault();
        return entry with
        {
            IsValid = entry.IsValid && !errors,
            Published = [.. published.Select(p => new RecordFileUse(p.Reference, p.File, p.Reference.IsImage && p.Reference.Written == first))],
        };
    }

    private PublishedFile? Resolve(FileReference reference, string folder, string record, List<Diagnostic> problems)
    {
        var written = reference.Written.Trim();
        void Say(DiagnosticSeverity severity, string code, string message) =>
            problems.Add(new Diagnostic(severity, code, reference.At.Span, message, reference.At.Line));

        if (reference.IsImage && !reference.HasAlt)
        {
            Say(DiagnosticSeverity.Warning, DiagnosticCodes.MissingAltText,
                $"The image {written} has no alt text, so a reader who cannot see it learns nothing from it; describe what it shows in {(reference.Use == FileUse.Screenshot ? "'alt'" : "the brackets of ![…](…)")}.");
        }

        if (written.Length == 0)
        {
            return null;
        }

        if (IsAbsolute(written))
        {
            Say(DiagnosticSeverity.Error, DiagnosticCodes.AbsolutePath,
                $"{written} is an absolute path, which exists on no other machine and not in the site; keep the file beside the record and write its path relative to the record's file (such as images/{Path.GetFileName(written.TrimEnd('/', '\\'))}).");
            return null;
        }

        if (Scheme().Match(written) is { Success: true } scheme)
        {
            var name = scheme.Groups["scheme"].Value.ToLowerInvariant();
            if (name is "http" or "https")
            {
                if (reference.IsImage)
                {
                    Say(remoteImages == RemoteImages.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, DiagnosticCodes.RemoteImage,
                        $"The image {written} is loaded from another site, so every reader's browser asks that site for it (the site makes no other outside requests); save it beside the record and write its path instead{(remoteImages == RemoteImages.Error ? " (site.yaml sets remote_images: error)" : ", or set remote_images: error in site.yaml to refuse such images")}.");
                }

                return null;
            }

            Say(DiagnosticSeverity.Error, DiagnosticCodes.UnsafeScheme,
                $"{Shorten(written)} is a {name}: address, which a page may not load; write the path of a file beside the record (or an https:// address).");
            return null;
        }

        var relative = reference.Use == FileUse.Image ? Unescape(written) : written;
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        var inContent = Path.GetRelativePath(_content, path).Replace('\\', '/');
        if (inContent.StartsWith("../", StringComparison.Ordinal) || inContent == ".." || Path.IsPathRooted(inContent))
        {
            Say(DiagnosticSeverity.Error, DiagnosticCodes.OutsideContent,
                $"{written} leads outside the content folder (to {display.Of(path)}), which the site does not publish; move the file into the content folder, beside the record, and write its path from there.");
            return null;
        }

        if (!File.Exists(path))
        {
            if (reference.IsImage)
            {
                Say(DiagnosticSeverity.Error, DiagnosticCodes.MissingImage,
                    $"The image {written} is not there ({display.Of(path)}); paths are relative to the record's file: put the image there or correct the path.");
            }
            else
            {
                var fromContent = Path.Combine(_content, relative);
                var hint = File.Exists(fromContent) ? $"; {written} is there from the content folder, so write {Path.GetRelativePath(folder, fromContent).Replace('\\', '/')}" : "";
                Say(DiagnosticSeverity.Warning, DiagnosticCodes.MissingResource,
                    $"The resource {written} is not there ({display.Of(path)}), so it is shown as text and not published; paths are relative to the record's file{hint}.");
            }

            return null;
        }

        var inspection = _files.GetOrAdd(path, p => new Lazy<Inspection>(() => Inspect(p, SiteFolder + "/" + inContent))).Value;
        if (inspection.Unreadable is { } why)
        {
            Say(reference.IsImage ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, inspection.Code,
                $"{written} cannot be published: {why}.");
            return null;
        }

        if (inspection.Svg is { Removed.Count: > 0 } svg)
        {
            Say(DiagnosticSeverity.Warning, DiagnosticCodes.UnsafeSvg,
                $"The SVG {written} holds {string.Join(", ", svg.Removed)}, which could run or load something when the file is opened; the site publishes it without them (remove them from the file to silence this).");
        }

        if (reference.IsImage && inspection.File!.Kind == FileKind.Other)
        {
            Say(DiagnosticSeverity.Error, DiagnosticCodes.UnreadableImage,
                $"{written} is not an image a page can show; use a PNG, JPEG, GIF, WebP or SVG file.");
            return null;
        }

        if (reference.IsImage && inspection.File!.Length > ImageSizeLimit)
        {
            Say(DiagnosticSeverity.Warning, DiagnosticCodes.ImageTooLarge,
                $"The image {written} is {Size(inspection.File.Length)}, over the {Size(ImageSizeLimit)} every reader should have to download; make it smaller (crop it, save a screenshot as PNG at its real size, a photo as JPEG).");
        }

        return inspection.File;
    }

    private static Inspection Inspect(string path, string sitePath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Inspection(null, null, $"the file cannot be read ({ex.Message.TrimEnd('.')})") { Code = DiagnosticCodes.UnreadableFile };
        }

        var hash = ContentHash.Of(bytes);
        if (ImageFacts.IsSvg(path))
        {
            var svg = SvgSanitizer.Sanitize(bytes);
            return svg.Refused is { } refused
                ? new Inspection(null, svg, $"it is an SVG file SiteGen refuses to publish: {refused}")
                : new Inspection(new PublishedFile(path, sitePath, hash, FileKind.Svg, bytes.Length, svg.Width, svg.Height, []), svg, null);
        }

        if (ImageFacts.IsRaster(path))
        {
            var (width, height, format, problem) = ImageFacts.Identify(bytes);
            return problem is not null
                ? new Inspection(null, null, $"{problem}; images must be PNG, JPEG, GIF, WebP or SVG")
                : new Inspection(new PublishedFile(path, sitePath, hash, FileKind.Raster, bytes.Length, width, height, ImageVariants.For(sitePath, width, height, format)), null, null);
        }

        return new Inspection(new PublishedFile(path, sitePath, hash, FileKind.Other, bytes.Length, 0, 0, []), null, null);
    }

    private static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\' or '~' || (path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '/' or '\\');

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

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "…" : text;

    private static string Size(long bytes) =>
        bytes >= 1 << 20 ? (bytes / (double)(1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KiB";

    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();

    /// <param name="Unreadable">Why the file cannot be published; null when it can.</param>
    private sealed record Inspection(PublishedFile? File, SanitizedSvg? Svg, string? Unreadable)
    {
        public string Code { get; init; } = DiagnosticCodes.UnreadableImage;
    }
}
