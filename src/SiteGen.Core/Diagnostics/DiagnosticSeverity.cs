namespace SiteGen.Diagnostics;

/// <summary>How bad a <see cref="Diagnostic"/> is. Errors stop a build; warnings do not.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
