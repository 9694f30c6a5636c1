using SiteGen.Diagnostics;
using YamlDotNet.Core;

namespace SiteGen.Loading.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="SyntaxNode"/> tree, with an explicit stack instead of
/// recursion. Refuses aliases (an alias bomb is never expanded), absurd nesting, too many nodes,
/// duplicate keys and more than one document, each as a positioned diagnostic.
/// </summary>
public static partial class YamlTreeReader
{
    /// <summary>The root node, or null when the file has no usable document (diagnostics say why).</summary>
    public static SyntaxNode? Read(SourceText source, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (UnusualLineBreak(source) is { } unusual)
        {
            diagnostics.Add(unusual);
            return null;
        }

        var reader = new Reader(source, diagnostics, limits);
        try
        {
            return reader.Run();
        }
        catch (YamlException ex) when (ex.Message.Contains("while parsing a flow", StringComparison.OrdinalIgnoreCase)
            && reader.InnermostOpen is { } open && open.Line < ex.Start.Line && OpensFlow(source, open))
        {
            // The scanner only notices a missing ] or } where the next thing that cannot belong to the
            // collection starts, often the end of the file: the bracket that was opened is what to fix.
            diagnostics.Add(source.Error(DiagnosticCodes.YamlSyntax, open,
                "YAML syntax error: this [ list or { mapping is never closed. Add the closing bracket or brace, or quote the value if the bracket is part of the text."));
            return null;
        }
        catch (YamlException ex) when (SpecialStart(source, ex.Start.Line) is { } hint)
        {
            diagnostics.Add(hint);
            return null;
        }
        catch (YamlException ex)
        {
            var span = ex.Message.Contains(" tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(source, ex.Start.Line) is { } tab
                ? tab
                : source.Span(ex.Start.Line, ex.Start.Column);
            diagnostics.Add(source.Error(DiagnosticCodes.YamlSyntax, span,
                $"YAML syntax error: {CleanMessage(ex.Message)}. Check the indentation and quoting on this line or the one before it."));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when a flow collection never
            // closes; point at the innermost collection still open.
            diagnostics.Add(source.Error(DiagnosticCodes.YamlSyntax, reader.InnermostOpen ?? source.Span(1, 1),
                "YAML syntax error: this [ list or { mapping is never closed. Add the closing bracket or brace."));
            return null;
        }
    }

    /// <summary>
    /// U+0085, U+2028 and U+2029 are line breaks to YAML's scanner (YAML 1.1) but not to an editor, which shows
    /// them as nothing at all: text pasted from a web page or a PDF brings them in, and then a quoted value
    /// "has wrong indentation" and every later position is lines off. Said once, where it is, before parsing.
    /// </summary>
    private static Diagnostic? UnusualLineBreak(SourceText source)
    {
        var at = source.Text.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029');
        if (at < 0)
        {
            return null;
        }

        var name = source.Text[at] switch { '\u2028' => "line separator", '\u2029' => "paragraph separator", _ => "next-line control character" };
        return source.Error(DiagnosticCodes.ControlCharacter, source.SpanAt(at),
            $"This line holds an invisible {name} (U+{(int)source.Text[at]:X4}), which YAML reads as a line break; replace it with a line break or a space.");
    }

    /// <summary>
    /// A value that starts with a character YAML gives a meaning to (an image <c>![…](…)</c>, <c>`code`</c>,
    /// <c>@name</c>, <c>| pipe</c>, <c>[link](…) text</c>) fails with a parser message about tags, tokens or
    /// block scalars; what the author has to do is quote it. Said at the character, for the line of the error.
    /// </summary>
    private static Diagnostic? SpecialStart(SourceText source, long line)
    {
        if (source.Line((int)line) is not { } text || SpecialValue().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var value = match.Groups["value"];
        var meaning = value.Value[0] switch
        {
            '!' => "a tag",
            '|' or '>' => "the start of a block of text",
            '[' => "the start of a list",
            '{' => "the start of a mapping",
            '%' => "a directive",
            _ => "a character reserved for its own use",
        };
        var shown = value.Value.Length > 40 ? value.Value[..40] + "…" : value.Value;
        return source.Error(DiagnosticCodes.YamlSyntax, source.Span(line, value.Index + 1),
            $"This value starts with '{value.Value[0]}', which YAML reads as {meaning}; put the whole value in quotes (\"{shown}\") or write it as a block: '|' after the key and the text on the lines below, indented.");
    }

    /// <summary>A key (or list dash) and a value starting with ! @ ` % | &gt; [ or { followed by text that is not a list or mapping.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:-\s+)*(?:[^\s#'""\-\[{][^#]*?:\s+)?(?<value>(?:[!@`%]|[|>]\s*[^\s\d+\-#]|\[[^\]]*\][^,\]]*\S|\{[^}]*\}\s*[^\s,}#]).*)$")]
    private static partial System.Text.RegularExpressions.Regex SpecialValue();

    /// <summary>
    /// YamlDotNet reports a tab used for indentation at the start of the mapping it is in, often line 1: the
    /// first line at or after that one whose indentation holds a tab is where the author has to look.
    /// </summary>
    private static SourceSpan? FirstIndentingTab(SourceText source, long from)
    {
        for (var line = (int)Math.Max(from, 1); source.Line(line) is { } text; line++)
        {
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return source.Span(line, tab + 1);
            }
        }

        return null;
    }

    private static bool OpensFlow(SourceText source, SourceSpan open) =>
        source.Line(open.Line) is { } text && open.Column - 1 < text.Length && text[open.Column - 1] is '[' or '{';

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes the message with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): ".
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
        return text.TrimEnd('.');
    }

    private sealed class Reader(SourceText source, DiagnosticBag diagnostics, YamlLimits limits)
    {
        private readonly Stack<Frame> _stack = new();
        private SyntaxNode? _root;
        private int _nodes;

        public SourceSpan? InnermostOpen => _stack.Count > 0 ? _stack.Peek().Span : null;

        public SyntaxNode? Run()
        {
            var events = new YamlEventReader(new Scanner(new StringReader(source.Text)));
            var documents = 0;
            while (events.MoveNext(out var current))
            {
                if (current is { Kind: YamlEventKind.Scalar, Property: { } property })
                {
                    NodeProperty(property.Text, property.Start);
                }

                switch (current.Kind)
                {
                    case YamlEventKind.DocumentStart:
                        if (++documents > 1)
                        {
                            Fail(DiagnosticCodes.MultipleDocuments, current.Start,
                                "A lab record file holds exactly one YAML document; move this document into a file of its own.");
                            return null;
                        }

                        break;
                    case YamlEventKind.Alias:
                        Fail(DiagnosticCodes.AliasNotAllowed, current.Start,
                            $"YAML aliases (*{current.Value}) are not allowed in SiteGen files; write the value out in full instead.");
                        return null;
                    case YamlEventKind.Scalar:
                        if (!Count(current.Start) || !Add(new ScalarNode(Span(current.Start), current.Value!, current.IsPlain)))
                        {
                            return null;
                        }

                        ControlCharacters(current);
                        break;
                    case YamlEventKind.SequenceStart or YamlEventKind.MappingStart:
                        if (!Push(new Frame(Span(current.Start), isMapping: current.Kind == YamlEventKind.MappingStart), current.Start))
                        {
                            return null;
                        }

                        break;
                    case YamlEventKind.SequenceEnd or YamlEventKind.MappingEnd:
                        if (!Add(_stack.Pop().Build()))
                        {
                            return null;
                        }

                        break;
                }
            }

            if (_root is null)
            {
                diagnostics.Add(source.Error(DiagnosticCodes.EmptyFile, SourceSpan.WholeFile(source.DisplayPath),
                    "The file is empty; write a lab record in it or delete it."));
            }

            return _root;
        }

        private SourceSpan Span(Mark mark) => source.Span(mark.Line, mark.Column);

        /// <summary>
        /// An anchor (<c>&amp;name</c>) or a tag (<c>!name</c>) before a text value: YAML takes it off the value, so
        /// "&amp;nbsp; indent" or "!important note" would lose their first word without a word said. SiteGen uses
        /// neither (aliases are refused), so it is an error that says to quote the value.
        /// </summary>
        private void NodeProperty(string text, Mark mark)
        {
            var what = text.StartsWith('&') ? "an anchor" : "a tag";
            Fail(DiagnosticCodes.NodeProperty, mark,
                $"YAML reads '{text}' at the start of this value as {what} and drops it from the text; if it is part of the text, put the whole value in quotes (\"{text} …\").");
        }

        /// <summary>
        /// A control character (U+0001, a NUL, DEL: anything but tab and line breaks) cannot be shown on a page
        /// and is not allowed in HTML: an error, said with its code, rather than a page that is not valid.
        /// </summary>
        private void ControlCharacters(YamlEvent scalar)
        {
            foreach (var c in scalar.Value!)
            {
                if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                {
                    Fail(DiagnosticCodes.ControlCharacter, scalar.Start,
                        $"This value holds the control character U+{(int)c:X4}, which no page can show; remove it.");
                    return;
                }
            }
        }

        private void Fail(string code, Mark mark, string message) =>
            diagnostics.Add(source.Error(code, Span(mark), message));

        private bool Count(Mark mark)
        {
            if (++_nodes <= limits.MaxNodes)
            {
                return true;
            }

            Fail(DiagnosticCodes.DocumentTooLarge, mark,
                $"The document has more than {limits.MaxNodes} YAML nodes; split it into smaller records.");
            return false;
        }

        private bool Push(Frame frame, Mark mark)
        {
            if (!Count(mark))
            {
                return false;
            }

            if (_stack.Count >= limits.MaxDepth)
            {
                Fail(DiagnosticCodes.NestingTooDeep, mark,
                    $"The YAML is nested more than {limits.MaxDepth} levels deep; a lab record never needs that, so flatten it.");
                return false;
            }

            _stack.Push(frame);
            return true;
        }

        private bool Add(SyntaxNode node)
        {
            if (_stack.Count == 0)
            {
                _root = node;
                return true;
            }

            var parent = _stack.Peek();
            if (!parent.IsMapping)
            {
                if (parent.Items.Count == limits.MaxListItems)
                {
                    diagnostics.Add(source.Error(DiagnosticCodes.DocumentTooLarge, node.Span,
                        $"This list has more than {limits.MaxListItems} items, more than SiteGen supports in one list; split the record, or keep long output in a file under resources."));
                    return false;
                }

                parent.Items.Add(node);
                return true;
            }

            if (parent.PendingKey is null && !parent.SkipNextValue)
            {
                if (node is not ScalarNode key)
                {
                    diagnostics.Add(source.Error(DiagnosticCodes.WrongType, node.Span,
                        "A mapping key must be plain text, not a list or mapping."));
                    return false;
                }

                if (!parent.Keys.Add(key.Value))
                {
                    var first = parent.Entries.First(e => e.Key.Value == key.Value).Key.Span;
                    diagnostics.Add(source.Error(DiagnosticCodes.DuplicateKey, key.Span,
                        $"Duplicate key '{key.Value}': it is already set on line {first.Line}. Keep one of the two."));
                    parent.SkipNextValue = true;
                    return true;
                }

                parent.PendingKey = key;
                return true;
            }

            if (parent.SkipNextValue)
            {
                parent.SkipNextValue = false;
                return true;
            }

            parent.Entries.Add(new MappingEntry(parent.PendingKey!, node));
            parent.PendingKey = null;
            return true;
        }
    }

    private sealed class Frame(SourceSpan span, bool isMapping)
    {
        public SourceSpan Span { get; } = span;

        public bool IsMapping { get; } = isMapping;

        public List<SyntaxNode> Items { get; } = [];

        public List<MappingEntry> Entries { get; } = [];

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public ScalarNode? PendingKey { get; set; }

        public bool SkipNextValue { get; set; }

        public SyntaxNode Build() => IsMapping ? new MappingNode(Span, Entries) : new SequenceNode(Span, Items);
    }
}
