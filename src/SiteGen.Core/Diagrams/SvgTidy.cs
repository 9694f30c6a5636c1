using System.Text.RegularExpressions;

namespace SiteGen.Diagrams;

/// <summary>
/// Makes Mermaid's SVG fit to sit in an HTML page beside others, the same every time: every id it holds
/// starts with the SVG's own id (Mermaid numbers some, such as a sequence diagram's <c>actor24</c>, by how
/// many diagrams the browser drew before, which would make a page depend on the order diagrams were drawn
/// in and clash with the other diagrams of the page), and attributes HTML does not allow on SVG elements
/// (<c>name</c>) are dropped. And it refuses a drawing that could run anything.
/// </summary>
public static partial class SvgTidy
{
    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("\\sname=\"[^\"]*\"")]
    private static partial Regex Name();

    /// <summary>What a style sheet may not say: it is text to the parser, but a browser reads it as code.</summary>
    [GeneratedRegex("""<script|<foreignObject[^>]*>\s*<(?:iframe|object|embed)|\son[a-z]+\s*=|javascript:""", RegexOptions.IgnoreCase)]
    private static partial Regex Active();

    /// <summary>The SVG with its ids under <paramref name="svgId"/> and no attributes HTML refuses.</summary>
    public static string Tidy(string svg, string svgId)
    {
        svg = Name().Replace(svg, "");
        var foreign = Id().Matches(svg).Select(m => m.Groups["id"].Value)
            .Where(id => id != svgId && !id.StartsWith(svgId, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count == 0)
        {
            return svg;
        }

        var renamed = foreign.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => $"{svgId}-n{x.i + 1}", StringComparer.Ordinal);
        var references = new Regex(
            "(?<=\\sid=\"|=\"#|url\\(#|[\\s,>]#)(?:" + string.Join("|", foreign.OrderByDescending(id => id.Length).Select(Regex.Escape)) + ")(?=[\"\\s),.:{\\[>]|$)");
        return references.Replace(svg, match => renamed[match.Value]);
    }

    /// <summary>What a browser ignores in a URL: control characters and spaces (<c>java&#9;script:</c> is a javascript: URL).</summary>
    [GeneratedRegex("[\\u0000-\\u0020\\u007f]")]
    private static partial Regex Ignored();

    /// <summary>
    /// Whether the drawing holds a script, an event handler or a <c>javascript:</c> link. Only its markup counts
    /// (elements, attributes, style sheets), read as the browser will read it: a label whose text merely says
    /// <c>onerror=</c> or <c>javascript:</c> (a title that quotes one) is text, and harmless.
    /// </summary>
    public static bool IsActive(string svg)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + svg);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName.ToLowerInvariant();
            if (name is "script" or "iframe" or "object" or "embed" || (name == "style" && Active().IsMatch(element.TextContent)))
            {
                return true;
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || Ignored().Replace(attribute.Value, "").Contains("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
