namespace SiteGen.Diagnostics;

/// <summary>
/// One problem found in the input. Bad content never throws: it becomes a diagnostic.
/// </summary>
/// <param name="Code">A stable code such as <c>SG0101</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="LineText">The text of the offending line, shown beneath the message with a caret.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    SourceSpan Span,
    string Message,
    string? LineText = null)
{
    /// <summary>The site language a missing translation is missing in; null for every other diagnostic.</summary>
    public string? Language { get; init; }

    /// <summary>The path of the field a missing translation is missing from (<c>steps[2].title</c>); null for every other diagnostic.</summary>
    public string? Field { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;
}
