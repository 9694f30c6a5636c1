using System.Globalization;
using System.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// Text that SiteGen writes into Mermaid source (a title as a node's label), so that Mermaid reads it as
/// text and nothing else, whatever it holds: every character but a letter, a digit or a space is written as
/// Mermaid's entity code (<c>#34;</c> for <c>"</c>, <c>#60;</c> for <c>&lt;</c>), which Mermaid turns back
/// into that character only once the label is text. So a quote cannot end the label, brackets, pipes and
/// arrows are not syntax, <c>&lt;b&gt;</c> is not markup, <c>**</c> is not Markdown, <c>fa:fa-x</c> is not an
/// icon, <c>%%{init}%%</c> is not a directive and <c>\n</c> is not a line break. Runs of white space are one
/// space; an unpaired surrogate is U+FFFD.
/// </summary>
/// <remarks>
/// The label is broken into lines here (<c>&lt;br/&gt;</c>), never by Mermaid: Mermaid breaks a word too wide
/// for its node in the middle of its entity codes, which then show as text ("&amp;l", "t;").
/// </remarks>
public static class MermaidText
{
    /// <summary>Longest label text, in characters; a longer one ends in "…" (the page names it in full).</summary>
    public const int MaxLength = 60;

    /// <summary>Widest line of a label, in columns (a Chinese character or an emoji is two).</summary>
    public const int Columns = 24;

    /// <summary>
    /// The width Mermaid may give a line before it breaks it itself: wider than <see cref="Columns"/> columns of
    /// the widest letters, so it never has to. Set in the diagram's front matter.
    /// </summary>
    public const int WrappingWidth = 400;

    /// <summary>The label for <paramref name="text"/>: cut to <paramref name="maxLength"/> characters, in lines of at most <paramref name="columns"/> columns.</summary>
    public static string Label(string text, int maxLength = MaxLength, int columns = Columns)
    {
        var words = Words(text, maxLength);
        var lines = new List<List<Rune>>();
        var line = new List<Rune>();
        var width = 0;
        foreach (var word in words)
        {
            var wordWidth = word.Sum(Width);
            if (line.Count > 0 && width + 1 + wordWidth <= columns)
            {
                line.Add(new Rune(' '));
                line.AddRange(word);
                width += 1 + wordWidth;
                continue;
            }

            if (line.Count > 0)
            {
                lines.Add(line);
                (line, width) = ([], 0);
            }

            // A word wider than a line (Chinese has no spaces) is broken between characters.
            foreach (var rune in word)
            {
                if (line.Count > 0 && width + Width(rune) > columns)
                {
                    lines.Add(line);
                    (line, width) = ([], 0);
                }

                line.Add(rune);
                width += Width(rune);
            }
        }

        if (line.Count > 0)
        {
            lines.Add(line);
        }

        return string.Join("<br/>", lines.Select(Encode));
    }

    /// <summary>The words of the text, its first <paramref name="maxLength"/> characters only, then "…".</summary>
    private static List<List<Rune>> Words(string text, int maxLength)
    {
        var words = new List<List<Rune>>();
        var count = 0;
        var space = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = true;
                continue;
            }

            if (space)
            {
                words.Add([]);
                space = false;
            }

            if (count == maxLength)
            {
                words[^1].Add(new Rune('…'));
                break;
            }

            words[^1].Add(rune);
            count++;
        }

        return words;
    }

    /// <summary>Two columns for CJK and the symbols and emoji drawn as wide; one for the rest.</summary>
    private static int Width(Rune rune) => rune.Value is >= 0x2E80 or (>= 0x2600 and <= 0x27BF) ? 2 : 1;

    private static string Encode(List<Rune> line)
    {
        var label = new StringBuilder();
        foreach (var rune in line)
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == ' ')
            {
                label.Append(rune.ToString());
            }
            else
            {
                label.Append('#').Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return label.ToString();
    }
}
