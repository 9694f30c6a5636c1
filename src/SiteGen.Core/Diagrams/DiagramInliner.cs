using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Diagrams;

/// <summary>
/// Puts drawn diagrams into a rendered page: each <c>&lt;pre class="mermaid"&gt;</c> (from a record's
/// <c>diagrams</c> or a fence in its prose) becomes its SVG in the light and the dark theme, one shown
/// by the reader's colour scheme, inside an element that is one accessible image: named by the diagram's
/// title and described by its description (<c>data-labelledby</c> / <c>data-describedby</c> on the
/// <c>pre</c>), or named by a label in the page's language when it has none. A diagram whose nodes are links
/// (<c>data-links</c> on the <c>pre</c>, as on the index's learning path) is a named group instead: an image's
/// content is hidden from assistive technology, and its links would be too. A page whose diagrams are all
/// drawn loads no Mermaid script.
/// </summary>
public static partial class DiagramInliner
{
    [GeneratedRegex("""<pre class="mermaid"(?<attributes>[^>]*)>(?<source>.*?)</pre>""", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex("(?<name>lang|data-labelledby|data-describedby|data-links)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("""<script defer src="[^"]*(?:vendor/mermaid/mermaid\.min\.js|mermaid-init\.js)"></script>\n?""")]
    private static partial Regex MermaidScript();

    /// <summary>The page with its diagrams drawn; null when one cannot be drawn (<paramref name="failed"/> was told which and why).</summary>
    public static string? Inline(string html, DiagramArtist artist, string label, Action<string, DiagramError> failed) =>
        Inline(html, artist, _ => label, failed);

    /// <summary>
    /// The same, for a page in more than one language: <paramref name="labelAt"/> gives the label for a diagram
    /// without a title from where it is in <paramref name="html"/>, in the language of the text around it.
    /// </summary>
    public static string? Inline(string html, DiagramArtist artist, Func<int, string> labelAt, Action<string, DiagramError> failed)
    {
        if (!html.Contains("<pre class=\"mermaid\"", StringComparison.Ordinal))
        {
            return html;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        var inlined = MermaidBlock().Replace(html, block =>
        {
            var source = WebUtility.HtmlDecode(block.Groups["source"].Value);
            seen[source] = seen.GetValueOrDefault(source) + 1;
            var (art, error) = artist.Draw(source, seen[source]);
            if (art is null)
            {
                ok = false;
                failed(source, error!);
                return block.Value;
            }

            var attributes = Attribute().Matches(block.Groups["attributes"].Value).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
            // A group's links take the focus (and scroll it into view); an image is focused itself, to scroll.
            var figure = new StringBuilder(attributes.ContainsKey("data-links")
                ? "<div class=\"diagram-art diagram-links\" role=\"group\""
                : "<div class=\"diagram-art\" role=\"img\" tabindex=\"0\"");
            if (attributes.TryGetValue("lang", out var lang))
            {
                figure.Append(" lang=\"").Append(lang).Append('"');
            }

            figure.Append(attributes.TryGetValue("data-labelledby", out var title)
                ? $" aria-labelledby=\"{title}\""
                : $" aria-label=\"{WebUtility.HtmlEncode(labelAt(block.Index))}\"");
            if (attributes.TryGetValue("data-describedby", out var description))
            {
                figure.Append(" aria-describedby=\"").Append(description).Append('"');
            }

            return figure.Append("><div class=\"diagram-light\">").Append(Readable(art.LightSvg))
                .Append("</div><div class=\"diagram-dark\">").Append(Readable(art.DarkSvg)).Append("</div></div>").ToString();
        });

        return !ok ? null : inlined.Contains("<pre class=\"mermaid\"", StringComparison.Ordinal) ? inlined : MermaidScript().Replace(inlined, "");
    }

    /// <summary>Widest a diagram stays on a narrow screen (it scrolls in its frame rather than shrink its text further).</summary>
    private const int ReadableWidth = 560;

    [GeneratedRegex("""^(?<head><svg[^>]*?style="[^"]*?max-width:\s*(?<width>[0-9.]+)px;?)""")]
    private static partial Regex NaturalWidth();

    /// <summary>
    /// Mermaid sizes an SVG to fit its container (<c>width="100%"</c>, <c>max-width</c> its natural width): on a
    /// phone a wide diagram would shrink to unreadable text, so it keeps a minimum width and scrolls instead.
    /// </summary>
    private static string Readable(string svg) => NaturalWidth().Replace(svg, match =>
    {
        var natural = double.Parse(match.Groups["width"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minimum = Math.Min(natural, ReadableWidth).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups["head"].Value.TrimEnd(';') + $"; min-width: {minimum}px;";
    }, 1);

    /// <summary>
    /// Where line <paramref name="line"/> of a diagram's source is in the record's text: the source is found
    /// line by line (a YAML block indents it), and the position is that line's first character. Null when
    /// the source cannot be found as written (a quoted string with escapes).
    /// </summary>
    public static (int Line, int Column)? PositionIn(string fileText, string source, int? line)
    {
        var fileLines = fileText.ReplaceLineEndings("\n").Split('\n');
        var sourceLines = source.TrimEnd('\n').Split('\n');
        var first = sourceLines[0].Trim();
        for (var i = 0; i < fileLines.Length; i++)
        {
            if (!fileLines[i].TrimEnd().EndsWith(first, StringComparison.Ordinal) || first.Length == 0)
            {
                continue;
            }

            var matches = sourceLines.Select((l, k) => i + k < fileLines.Length && fileLines[i + k].Trim() == l.Trim()).Skip(1).All(m => m);
            if (!matches)
            {
                continue;
            }

            var at = i + Math.Clamp((line ?? 1) - 1, 0, sourceLines.Length - 1);
            var text = fileLines[at];
            var wanted = sourceLines[at - i].Trim();
            var column = wanted.Length > 0 ? text.IndexOf(wanted, StringComparison.Ordinal) : -1;
            return (at + 1, column >= 0 ? column + 1 : text.Length - text.TrimStart().Length + 1);
        }

        return null;
    }
}
