using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Comparing;

/// <summary>
/// What a reader sees of a page, as lines to diff: the text of its main content block by block (headings
/// marked with #, list items with -, table rows as cells between |, code and diagram sources line by line),
/// without markup, scripts or attributes. Two pages that read the same give the same lines.
/// </summary>
public static partial class ReaderText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "tr", "pre", "blockquote",
        "summary", "td", "th", "div", "section", "article", "header", "footer", "nav", "aside", "ul", "ol", "dl", "table",
        "figure", "details", "main", "thead", "tbody",
    };

    public static string Of(string html)
    {
        var document = Parser.ParseDocument(html);
        var lines = new List<string>();
        if (document.Title is { Length: > 0 } title)
        {
            lines.Add("title: " + Collapse(title));
        }

        Walk(document.QuerySelector("main") ?? document.Body ?? document.DocumentElement, lines);
        return string.Join("\n", lines) + "\n";
    }

    private static void Walk(IElement element, List<string> lines)
    {
        var name = element.LocalName;
        if (IsUnread(element))
        {
            return;
        }

        if (name == "pre")
        {
            lines.AddRange(Text(element).TrimEnd('\n').Split('\n').Select(l => "    " + l));
            return;
        }

        if (name == "tr")
        {
            lines.Add("| " + string.Join(" | ", element.Children.Select(c => Collapse(Text(c)))) + " |");
            return;
        }

        if (!element.Children.Any(c => Blocks.Contains(c.LocalName)))
        {
            var text = Collapse(Text(element));
            if (text.Length > 0 && Blocks.Contains(name))
            {
                lines.Add(Prefix(name) + text);
            }

            return;
        }

        // Text directly inside a block that also holds blocks (a list item with a nested list) comes first.
        var own = Collapse(string.Concat(element.ChildNodes.Where(n => n.NodeType == NodeType.Text || (n is IElement e && !Blocks.Contains(e.LocalName))).Select(Text)));
        if (own.Length > 0)
        {
            lines.Add(Prefix(name) + own);
        }

        foreach (var child in element.Children)
        {
            Walk(child, lines);
        }
    }

    private static bool IsUnread(IElement element) =>
        element.LocalName is "script" or "style" or "template" or "noscript" || element.HasAttribute("hidden");

    /// <summary>
    /// The text of a node as a reader sees it: not the style sheet inside a drawn diagram's SVG, nor any script.
    /// (A drawing's labels are text, and count.)
    /// </summary>
    private static string Text(INode node) => node switch
    {
        IElement element when IsUnread(element) => "",
        IElement element => string.Concat(element.ChildNodes.Select(Text)),
        _ => node.NodeType == NodeType.Text ? node.TextContent : "",
    };

    private static string Prefix(string name) => name switch
    {
        "h1" => "# ",
        "h2" => "## ",
        "h3" => "### ",
        "h4" => "#### ",
        "h5" or "h6" => "##### ",
        "li" => "- ",
        "blockquote" => "> ",
        _ => "",
    };

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
