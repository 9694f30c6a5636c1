using System.Globalization;
using System.Text;

namespace SiteGen.Diagnostics;

/// <summary>
/// Prints diagnostics in the MSBuild form that IDEs and CI problem matchers read:
/// <c>content/x.yaml(14,7): error SG0101: message</c>, then the offending line with a caret beneath.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic)
    {
        var severity = diagnostic.IsError ? "error" : "warning";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{diagnostic.Span}: {severity} {diagnostic.Code}: {diagnostic.Message}");
        if (diagnostic.LineText is { } line && diagnostic.Span.HasPosition)
        {
            var gutter = diagnostic.Span.Line.ToString(CultureInfo.InvariantCulture);
            var shown = line.Replace('\t', ' ');
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  {gutter} | {shown}");
            var before = shown[..Math.Min(Math.Max(diagnostic.Span.Column - 1, 0), shown.Length)];
            text.Append('\n')
                .Append(' ', gutter.Length + 2).Append(" | ")
                .Append(' ', DisplayWidth.Of(before)).Append('^');
        }

        return text.ToString();
    }

    public static string FormatAll(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(Format));

    /// <summary>The closing line of a run, for example <c>3 files checked: 1 error, 2 warnings.</c></summary>
    public static string Summary(int files, int errors, int warnings) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{files} {Plural(files, "file")} checked: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}.");

    private static string Plural(int n, string noun) => n == 1 ? noun : noun + "s";
}
