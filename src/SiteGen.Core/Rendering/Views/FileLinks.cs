using System.Globalization;
using SiteGen.Publishing;

namespace SiteGen.Rendering.Views;

/// <summary>How a page shows a published image: where it is from the page, its size, its smaller copies, and whether it loads at once.</summary>
/// <param name="SrcSet">The image and its smaller copies with their widths (<c>shot.640w.png 640w, shot.png 1600w</c>); null when it has none.</param>
public sealed record ImageSource(string Src, int Width, int Height, string? SrcSet, string? Sizes, bool Eager);

/// <summary>
/// The files a record names, as one page links to them: each path as written in the record (relative to
/// the record's file) to the published file's address relative to the page. The experiment page, its
/// side-by-side page and its report sit in one folder, so they share these links.
/// </summary>
public sealed class FileLinks
{
    /// <summary>How wide an image may be shown: the page's text column.</summary>
    public const string Sizes = "(max-width: 46rem) 100vw, 46rem";

    private readonly Dictionary<string, RecordFileUse> _byWritten = new(StringComparer.Ordinal);
    private readonly string _root;

    public FileLinks(IReadOnlyList<RecordFileUse> published, string root)
    {
        _root = root;
        foreach (var use in published)
        {
            _byWritten.TryAdd(use.Reference.Written, use);
        }
    }

    public static FileLinks None { get; } = new([], "");

    /// <summary>The published file a path written in the record names; null when it is not published.</summary>
    public PublishedFile? File(string written) => _byWritten.TryGetValue(written, out var use) ? use.File : null;

    /// <summary>The address of the published file from the page; null when it is not published.</summary>
    public string? Href(string written) => File(written) is { } file ? HrefOf(file.SitePath) : null;

    /// <summary>The image a path names, as the page shows it; null when it is not a published image.</summary>
    public ImageSource? Image(string written)
    {
        if (!_byWritten.TryGetValue(written, out var use) || use.File.Kind == FileKind.Other)
        {
            return null;
        }

        var file = use.File;
        var srcSet = file.Variants.Count == 0 ? null
            : string.Join(", ", file.Variants.Select(v => $"{HrefOf(v.SitePath)} {v.Width.ToString(CultureInfo.InvariantCulture)}w")
                .Append($"{HrefOf(file.SitePath)} {file.Width.ToString(CultureInfo.InvariantCulture)}w"));
        return new ImageSource(HrefOf(file.SitePath), file.Width, file.Height, srcSet, srcSet is null ? null : Sizes, use.Eager);
    }

    private string HrefOf(string sitePath) => _root + string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString));
}
