using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>The decoded text of one input file, with what diagnostics need to point into it.</summary>
public sealed class SourceText
{
    private readonly string[] _lines;

    public SourceText(string displayPath, string text)
    {
        DisplayPath = displayPath;
        Text = text;
        _lines = text.Split('\n');
    }

    /// <summary>The path as printed in diagnostics: relative, with forward slashes.</summary>
    public string DisplayPath { get; }

    public string Text { get; }

    public SourceSpan Span(long line, long column) => new(DisplayPath, (int)line, (int)column);

    /// <summary>The text of a 1-based line without its line break, or null past the end.</summary>
    public string? Line(int line) =>
        line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : null;

    public Diagnostic Error(string code, SourceSpan span, string message) =>
        new(DiagnosticSeverity.Error, code, span, message, Line(span.Line));

    public Diagnostic Warning(string code, SourceSpan span, string message) =>
        new(DiagnosticSeverity.Warning, code, span, message, Line(span.Line));
}
