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
            var (shown, caret) = Excerpt(Printable(line), diagnostic.Span.Column - 1);
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  {gutter} | {shown}");
            var before = shown[..caret];
            text.Append('\n')
                .Append(' ', gutter.Length + 2).Append(" | ")
                .Append(' ', DisplayWidth.Of(before)).Append('^');
        }

        return text.ToString();
    }

    /// <summary>
    /// The line as a terminal can show it: a tab as a space (so the caret lines up), any other control
    /// character (a NUL of a UTF-16 file, an escape that would drive the terminal) as its Unicode picture.
    /// </summary>
    private static string Printable(string line)
    {
        if (!line.Any(char.IsControl))
        {
            return line;
        }

        var text = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            text.Append(c switch
            {
                '\t' => ' ',
                < ' ' => (char)(0x2400 + c),
                '\u007f' => '\u2421',
                _ when char.IsControl(c) => '\uFFFD',
                _ => c,
            });
        }

        return text.ToString();
    }

    /// <summary>Longest source line shown in full; longer lines are cut to a window around the caret.</summary>
    public const int MaxLineLength = 120;

    private static (string Shown, int Caret) Excerpt(string line, int column)
    {
        var caret = Math.Clamp(column, 0, line.Length);
        if (line.Length <= MaxLineLength)
        {
            return (line, caret);
        }

        var start = Math.Clamp(caret - (MaxLineLength / 2), 0, line.Length - MaxLineLength);
        var head = start > 0 ? "…" : "";
        var tail = start + MaxLineLength < line.Length ? "…" : "";
        return (head + line.Substring(start, MaxLineLength) + tail, caret - start + head.Length);
    }


    /// <summary>What <c>sitegen check</c> prints: every diagnostic in file order, then the summary line.</summary>
    /// <param name="groupTranslations">
    /// Print the missing-translation warnings of a file as one line per language (how many, and the first
    /// fields), not one each: a record written in one language has dozens. The summary still counts each.
    /// </param>
    public static string Report(IEnumerable<Diagnostic> diagnostics, int files, bool groupTranslations = false)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        var sorted = bag.Sorted();
        var groups = groupTranslations
            ? sorted.Where(IsMissingTranslation).GroupBy(d => (d.Span.File, d.Language)).Where(g => g.Count() > 1).ToList()
            : [];
        var firsts = groups.ToDictionary(g => (object)g.First(), g => g.ToList(), ReferenceEqualityComparer.Instance);
        var grouped = groups.SelectMany(g => g).ToHashSet<object>(ReferenceEqualityComparer.Instance);
        var text = new StringBuilder();
        foreach (var diagnostic in sorted)
        {
            if (firsts.TryGetValue(diagnostic, out var group))
            {
                text.Append(Grouped(group)).Append('\n');
            }
            else if (!grouped.Contains(diagnostic))
            {
                text.Append(Format(diagnostic)).Append('\n');
            }
        }

        return text.Append(Summary(files, bag.ErrorCount, bag.WarningCount)).Append('\n').ToString();
    }

    /// <summary>How many fields of a grouped warning are named before "and N more".</summary>
    public const int FieldsNamed = 3;

    private static bool IsMissingTranslation(Diagnostic d) => d is { Code: DiagnosticCodes.MissingTranslation, IsError: false, Language: not null, Field: not null };

    private static string Grouped(List<Diagnostic> group)
    {
        var first = group[0];
        var language = first.Language;
        var named = string.Join(", ", group.Take(FieldsNamed).Select(d => $"'{d.Field}'"));
        var more = group.Count > FieldsNamed ? $" and {group.Count - FieldsNamed} more" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{first.Span}: warning {first.Code}: {group.Count} fields have no {language} text yet ({named}{more}), so {language} pages show them marked as not yet translated; add the {language} text under '{language}:' in each (--verbose lists every one).");
    }

    /// <summary>The closing line of a run, for example <c>3 files checked: 1 error, 2 warnings.</c></summary>
    public static string Summary(int files, int errors, int warnings) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{files} {Plural(files, "file")} checked: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}.");

    private static string Plural(int n, string noun) => n == 1 ? noun : noun + "s";
}
