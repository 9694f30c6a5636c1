namespace SiteGen.Diagnostics;

/// <summary>Collects the diagnostics of a run, in the order they were found. Not thread-safe: one bag per thread.</summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public Diagnostic this[int index] => _items[index];

    public bool HasErrors => _items.Exists(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, SourceSpan span, string message, string? lineText = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, span, message, lineText));

    public void Warning(string code, SourceSpan span, string message, string? lineText = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, span, message, lineText));

    /// <summary>Makes the warnings that <paramref name="which"/> picks errors, in place; returns how many.</summary>
    public int Promote(Func<Diagnostic, bool> which)
    {
        var promoted = 0;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_items[i].IsError && which(_items[i]))
            {
                _items[i] = _items[i] with { Severity = DiagnosticSeverity.Error };
                promoted++;
            }
        }

        return promoted;
    }

    /// <summary>The diagnostics ordered by file, line and column, so output does not depend on discovery order.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Span.Line)
            .ThenBy(x => x.d.Span.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)];

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
