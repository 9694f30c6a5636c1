using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace SiteGen.Publishing;

/// <summary>An SVG file made safe to publish: its text (null when refused), what was taken out, and its size.</summary>
/// <param name="Refused">Why the file cannot be published (not SVG, a DTD, still active after cleaning); null when it can.</param>
public sealed record SanitizedSvg(byte[]? Bytes, IReadOnlyList<string> Removed, int Width, int Height, string? Refused);

/// <summary>
/// An SVG file opened on its own runs its scripts in the site's origin (an <c>&lt;img&gt;</c> does not, but a
/// reader can open the image). So every SVG the site publishes is cleaned first: scripts, <c>on…</c> event
/// handlers, <c>foreignObject</c> (HTML inside the drawing), and references to anything outside the file
/// (<c>href</c> other than <c>#id</c>, <c>url()</c> and <c>@import</c> in styles) are removed, each kind named
/// in a warning. A file that is not SVG, declares a DTD (entities can expand or read files), or still looks
/// active after cleaning (<see cref="Diagrams.SvgTidy.IsActive"/>, the check the build-time diagrams pass)
/// is refused. A file with nothing to remove is published byte for byte.
/// </summary>
public static partial class SvgSanitizer
{
    private static readonly HashSet<string> ActiveElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "object", "embed", "handler", "listener",
    };

    public static SanitizedSvg Sanitize(byte[] bytes)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = 16 << 20,
            };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            return Refuse(ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? "it declares a DTD, whose entities can expand without end or read other files"
                : $"it is not well-formed XML ({ex.Message.TrimEnd('.')})");
        }

        if (document.Root is not { } root || root.Name.LocalName != "svg")
        {
            return Refuse("its root element is not <svg>");
        }

        var removed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in document.Nodes().OfType<XProcessingInstruction>().ToList())
        {
            node.Remove();
            removed.Add("processing instructions (<?xml-stylesheet?>)");
        }

        foreach (var element in root.DescendantsAndSelf().ToList())
        {
            if (element.Document is null)
            {
                continue; // inside an element removed already
            }

            if (ActiveElements.Contains(element.Name.LocalName))
            {
                removed.Add($"<{element.Name.LocalName}> elements");
                element.Remove();
                continue;
            }

            if (element.Name.LocalName is "set" or "animate" && element.Attribute("attributeName")?.Value is { } animated
                && (animated.EndsWith("href", StringComparison.OrdinalIgnoreCase) || animated.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
            {
                removed.Add($"<{element.Name.LocalName}> elements that change links or handlers");
                element.Remove();
                continue;
            }

            if (element.Name.LocalName == "style" && IsOutsideStyle(element.Value))
            {
                removed.Add("styles that load from outside the file (url(), @import)");
                element.Remove();
                continue;
            }

            foreach (var attribute in element.Attributes().ToList())
            {
                var name = attribute.Name.LocalName;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    removed.Add("event handlers (on… attributes)");
                    attribute.Remove();
                }
                else if (name == "href" && !attribute.Value.TrimStart().StartsWith('#'))
                {
                    removed.Add("references to other files or addresses (href)");
                    attribute.Remove();
                }
                else if (name == "style" && IsOutsideStyle(attribute.Value))
                {
                    removed.Add("styles that load from outside the file (url(), @import)");
                    attribute.Remove();
                }
                else if (!attribute.IsNamespaceDeclaration && OutsideUrl().IsMatch(attribute.Value))
                {
                    removed.Add("references to other files or addresses (url())");
                    attribute.Remove();
                }
            }
        }

        var (width, height) = Size(root);
        if (removed.Count == 0)
        {
            return SvgTidy(Encoding.UTF8.GetString(bytes)) ? Refuse("it still holds something that could run") : new SanitizedSvg(bytes, [], width, height, null);
        }

        var text = document.Declaration is null ? root.ToString(SaveOptions.DisableFormatting) : document.ToString(SaveOptions.DisableFormatting);
        return SvgTidy(text)
            ? Refuse("it still holds something that could run after cleaning")
            : new SanitizedSvg(Encoding.UTF8.GetBytes(text), [.. removed], width, height, null);

        static SanitizedSvg Refuse(string why) => new(null, [], 0, 0, why);
    }

    private static bool SvgTidy(string text) => Diagrams.SvgTidy.IsActive(text);

    private static bool IsOutsideStyle(string css) =>
        css.Contains("@import", StringComparison.OrdinalIgnoreCase) || OutsideUrl().IsMatch(css) || css.Contains("expression(", StringComparison.OrdinalIgnoreCase);

    /// <summary>The drawing's size in CSS pixels: <c>width</c> and <c>height</c> when given in pixels, else the <c>viewBox</c>'s.</summary>
    private static (int Width, int Height) Size(XElement root)
    {
        var width = Pixels(root.Attribute("width")?.Value);
        var height = Pixels(root.Attribute("height")?.Value);
        if (width > 0 && height > 0)
        {
            return (width, height);
        }

        var box = root.Attribute("viewBox")?.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (box is { Length: 4 }
            && double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
            && w > 0 && h > 0)
        {
            return width > 0 ? (width, (int)Math.Round(width * h / w)) : ((int)Math.Round(w), (int)Math.Round(h));
        }

        return (0, 0);
    }

    private static int Pixels(string? value)
    {
        var text = value?.Trim();
        if (text is null || text.EndsWith('%'))
        {
            return 0;
        }

        text = text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number < 100_000 ? (int)Math.Round(number) : 0;
    }

    /// <summary><c>url(…)</c> to anything but a fragment of the same file (<c>url(#gradient)</c>).</summary>
    [GeneratedRegex(@"url\s*\(\s*['""]?\s*(?!#)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutsideUrl();
}
