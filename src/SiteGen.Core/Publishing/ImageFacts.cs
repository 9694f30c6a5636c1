using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;

namespace SiteGen.Publishing;

/// <summary>
/// What a raster image is, read from its header only (SixLabors.ImageSharp's <c>Identify</c>, which decodes no
/// pixels): its format and size. Null with a reason when it is not an image ImageSharp knows.
/// </summary>
public static class ImageFacts
{
    /// <summary>The file extensions of the images SiteGen publishes and shows.</summary>
    public static readonly IReadOnlySet<string> RasterExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".gif", ".webp" };

    public static bool IsSvg(string path) => Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);

    public static bool IsRaster(string path) => RasterExtensions.Contains(Path.GetExtension(path));

    public static (int Width, int Height, string? Format, string? Problem) Identify(byte[] bytes)
    {
        try
        {
            var info = Image.Identify(bytes, out IImageFormat? format);
            return info is null || format is null
                ? (0, 0, null, "its bytes are not a PNG, JPEG, GIF or WebP image")
                : (info.Width, info.Height, format.Name, null);
        }
        catch (Exception ex) when (ex is UnknownImageFormatException or InvalidImageContentException or ImageFormatException or NotSupportedException)
        {
            return (0, 0, null, ex.Message.TrimEnd('.'));
        }
    }
}
