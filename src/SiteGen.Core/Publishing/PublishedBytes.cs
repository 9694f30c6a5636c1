using SiteGen.Loading;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace SiteGen.Publishing;

/// <summary>
/// The files the site holds for one published file: the file itself (an SVG as <see cref="SvgSanitizer"/>
/// left it) and, for a large photo, its smaller copies (<see cref="ImageVariants"/>), resized with
/// SixLabors.ImageSharp and written without metadata, so the same image always gives the same bytes.
/// Null when the file is no longer the one inspected (it changed during the build).
/// </summary>
public static class PublishedBytes
{
    public static IReadOnlyList<(string Path, byte[] Bytes)>? Of(PublishedFile file)
    {
        var bytes = File.ReadAllBytes(file.Source);
        if (ContentHash.Of(bytes) != file.Hash)
        {
            return null;
        }

        if (file.Kind == FileKind.Svg)
        {
            return SvgSanitizer.Sanitize(bytes).Bytes is { } clean ? [(file.SitePath, clean)] : null;
        }

        var files = new List<(string, byte[])> { (file.SitePath, bytes) };
        if (file.Variants.Count == 0)
        {
            return files;
        }

        using var image = Image.Load(bytes, out IImageFormat format);
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        IImageEncoder encoder = format.Name.ToUpperInvariant() switch
        {
            "JPEG" => new JpegEncoder { Quality = 82 },
            "WEBP" => new WebpEncoder { Quality = 82 },
            _ => new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression },
        };
        foreach (var variant in file.Variants)
        {
            using var smaller = image.Clone(x => x.Resize(variant.Width, variant.Height));
            using var output = new MemoryStream();
            smaller.Save(output, encoder);
            files.Add((variant.SitePath, output.ToArray()));
        }

        return files;
    }
}
