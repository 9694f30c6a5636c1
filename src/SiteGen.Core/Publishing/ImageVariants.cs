using System.Globalization;

namespace SiteGen.Publishing;

/// <summary>
/// The smaller copies of a large photo a page offers in <c>srcset</c>, so a phone does not download the
/// full-size file: 640 and 1280 pixels wide, each only when smaller than the image. Only for images wider
/// than <see cref="LargerThan"/> pixels, in a format that is re-encoded without loss of what it is (PNG,
/// JPEG, WebP; not GIF, which may be animated), and small enough to decode safely.
/// </summary>
public static class ImageVariants
{
    public const int LargerThan = 960;

    /// <summary>Images with more pixels than this are shown as they are: decoding one costs too much memory.</summary>
    public const long MostPixels = 40_000_000;

    private static readonly int[] Widths = [640, 1280];

    private static readonly HashSet<string> Resizable = new(StringComparer.OrdinalIgnoreCase) { "PNG", "JPEG", "Webp" };

    public static IReadOnlyList<ImageVariant> For(string sitePath, int width, int height, string? format)
    {
        if (width <= LargerThan || height <= 0 || format is null || !Resizable.Contains(format) || (long)width * height > MostPixels)
        {
            return [];
        }

        var extension = Path.GetExtension(sitePath);
        var stem = sitePath[..^extension.Length];
        return [.. Widths.Where(w => w < width).Select(w => new ImageVariant(
            $"{stem}.{w.ToString(CultureInfo.InvariantCulture)}w{extension}", w, Math.Max(1, (int)Math.Round((double)height * w / width))))];
    }
}
