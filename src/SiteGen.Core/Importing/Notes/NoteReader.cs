using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace SiteGen.Importing.Notes;

/// <summary>Splits a Markdown note into <see cref="NoteItem"/>s with Markdig, keeping each block's source.</summary>
internal static partial class NoteReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IReadOnlyList<NoteItem> Read(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var lines = text.Split('\n');
        var items = new List<NoteItem>();
        foreach (var block in document)
        {
            if (block is LinkReferenceDefinitionGroup definitions)
            {
                // Markdig gathers the note's [name]: url lines into one group with no span of its own; each keeps its line.
                items.AddRange(definitions.OfType<LinkReferenceDefinition>().Select(d => new ParagraphItem(d.Line + 1, lines[d.Line].TrimEnd('\r'))));
                continue;
            }

            var source = Slice(text, block);
            var line = block.Line + 1;
            items.Add(block switch
            {
                HeadingBlock { IsSetext: true } setext => Heading(line, "# " + string.Join(" ", source.Split('\n')[..^1]).Trim(), setext.Level),
                HeadingBlock heading => Heading(line, source, heading.Level),
                FencedCodeBlock fence => new CodeItem(line, source, fence.Info ?? "", Lines(fence)),
                CodeBlock code => new CodeItem(line, source, "", Lines(code)),
                ListBlock list => new ListItem(line, source, list.IsOrdered, [.. list.OfType<ListItemBlock>().Select(i => Entry(text, i))]),
                Table => new TableItem(line, source, Rows(source)),
                ThematicBreakBlock => new RuleItem(line, source),
                ParagraphBlock when Labels(line, source) is { } labels => new LabelItem(line, source, labels),
                _ => new ParagraphItem(line, source),
            });
        }

        return [.. items.OrderBy(i => i.Line)];
    }

    private static string Slice(string text, Block block) =>
        text.Substring(block.Span.Start, Math.Min(text.Length, block.Span.End + 1) - block.Span.Start).TrimEnd('\r', '\n');

    private static string Lines(LeafBlock block) =>
        block.Lines.Count == 0 ? "" : string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));

    private static HeadingItem Heading(int line, string source, int level)
    {
        // A closing run of # counts only after a space (CommonMark): "C# 与 F#" keeps its last #.
        var text = ClosingSequence().Replace(source.TrimStart('#').Trim(), "").Trim();
        var match = IconPrefix().Match(text);
        return match.Success
            ? new HeadingItem(line, source, level, match.Groups["icon"].Value, text[match.Length..].Trim())
            : new HeadingItem(line, source, level, null, text);
    }

    /// <summary>An item's text: its lines from the source, the marker and the continuation indent removed.</summary>
    private static NoteListEntry Entry(string text, ListItemBlock item)
    {
        var source = Slice(text, item);
        var lines = source.Split('\n');
        var marker = ListMarker().Match(lines[0]);
        var indent = marker.Success ? marker.Length : 0;
        var body = new List<string> { lines[0][indent..] };
        body.AddRange(lines.Skip(1).Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));
        return new NoteListEntry(item.Line + 1, string.Join("\n", body).TrimEnd());
    }

    private static IReadOnlyList<LabelLine>? Labels(int line, string source)
    {
        var lines = source.Split('\n');
        var labels = new List<LabelLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = LabelLinePattern().Match(lines[i].TrimEnd());
            if (!match.Success)
            {
                return null;
            }

            labels.Add(new LabelLine(line + i, match.Groups["label"].Value.Trim(), match.Groups["value"].Value.Trim()));
        }

        return labels;
    }

    private static IReadOnlyList<IReadOnlyList<string>> Rows(string source) =>
        [.. source.Split('\n')
            .Skip(2)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => (IReadOnlyList<string>)[.. SplitCells(l.Trim('|')).Select(c => c.Trim())])];

    /// <summary>Cells split at <c>|</c> that is not escaped as <c>\|</c>.</summary>
    private static IEnumerable<string> SplitCells(string row) =>
        CellSeparator().Split(row).Select(c => c.Replace("\\|", "|", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<icon>[^\p{L}\p{N}\s\p{P}*_`\[\]]+?)\s+")]
    private static partial Regex IconPrefix();

    [GeneratedRegex(@"(?:^|\s+)#+\s*$")]
    private static partial Regex ClosingSequence();

    [GeneratedRegex(@"^\s*(?:[-*+]|[0-9]+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\*\*(?<label>[^*]+?)\*\*\s*[:：]\s*(?<value>.*?)$")]
    private static partial Regex LabelLinePattern();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();
}
