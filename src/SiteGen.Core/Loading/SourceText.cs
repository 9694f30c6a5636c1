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
        var starts = _lineStarts ??= LineStarts(Text);
        if (line < 1 || line > starts.Length)
        {
            return null;
        }

        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] - 1 : Text.Length;
        return Text[start..end].TrimEnd('\r');
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }

        return [.. starts];
    }

    public Diagnostic Error(string code, SourceSpan span, string message) =>
        new(DiagnosticSeverity.Error, code, span, message, Line(span.Line));

    public Diagnostic Warning(string code, SourceSpan span, string message) =>
        new(DiagnosticSeverity.Warning, code, span, message, Line(span.Line));
}
