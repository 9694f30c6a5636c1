using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>The decoded text of one input file, with what diagnostics need to point into it.</summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string displayPath, string text)
    {
        DisplayPath = displayPath;
        Text = text;
    }

    /// <summary>The path as printed in diagnostics: relative, with forward slashes.</summary>
    public string DisplayPath { get; }

    public string Text { get; }

    public SourceSpan Span(long line, long column) => new(DisplayPath, (int)line, (int)column);

    /// <summary>The text of a 1-based line without its line break, or null past the end.</summary>
    public string? Line(int line)
    {
        // Where each line starts is worked out on the first call: most files never need a line.
        var starts = LineStarts();
        if (line < 1 || line > starts.Length)
        {
            return null;
        }

        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n').TrimEnd('\r');
    }

    /// <summary>Where the character at <paramref name="index"/> of <see cref="Text"/> is, as line and column from 1.</summary>
    public SourceSpan SpanAt(int index)
    {
        var starts = LineStarts();
        var line = Array.BinarySearch(starts, index);
        line = line >= 0 ? line : ~line - 1;
        return new SourceSpan(DisplayPath, line + 1, index - starts[line] + 1);
    }

    /// <summary>
    /// The lines as an editor and YAML count them: a line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.
    /// (YAML 1.1 also ends lines at U+0085, U+2028 and U+2029; the reader refuses those before parsing.)
    /// </summary>
    private int[] LineStarts()
    {
        if (_lineStarts is { } known)
        {
            return known;
        }

        var starts = new List<int> { 0 };
        for (var at = Text.AsSpan().IndexOfAny('\n', '\r'); at >= 0;)
        {
            var next = Text[at] == '\r' && at + 1 < Text.Length && Text[at + 1] == '\n' ? at + 2 : at + 1;
            starts.Add(next);
            var rest = Text.AsSpan(next).IndexOfAny('\n', '\r');
            at = rest < 0 ? -1 : next + rest;
        }

        return _lineStarts = [.. starts];
    }

    public Diagnostic Error(string code, SourceSpan span, string message) =>
        new(DiagnosticSeverity.Error, code, span, message, Line(span.Line));

    public Diagnostic Warning(string code, SourceSpan span, string message) =>
        new(DiagnosticSeverity.Warning, code, span, message, Line(span.Line));
}
