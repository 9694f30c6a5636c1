using SiteGen.Diagnostics;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// What import and check say about text that is UTF-8 read through a Windows code page and saved again:
/// one diagnostic at the first mangled place, and, when a repair is asked for, the repaired text with a
/// warning at every place where the repair had to guess.
/// </summary>
public static class MangledText
{
    /// <summary>The one diagnostic for mangled text, or null when the text reads as it should.</summary>
    /// <param name="fix">What to run to repair it, for the message.</param>
    public static Diagnostic? Finding(string text, string displayPath, DiagnosticSeverity severity, string fix)
    {
        if (!MayBeMangled(text) || MojibakeDetector.Detect(text) is not { } found)
        {
            return null;
        }

        return new Diagnostic(severity, DiagnosticCodes.MangledEncoding, new SourceSpan(displayPath, found.Line, found.Column),
            $"This text was saved as UTF-8, opened as {found.CodePage} and saved again: '{found.Mangled}' should read '{found.Repaired}' " +
            $"({found.MangledCharacterCount} characters look mangled, {found.DamagedPlaceCount} of them lost bytes). {fix}",
            LineOf(text, found.Line));
    }

    /// <summary>The note's text, repaired when <paramref name="repair"/> is set; null, with an error, when it is mangled and not repaired.</summary>
    internal static string? Check(string text, string displayPath, bool repair, List<Diagnostic> diagnostics)
    {
        if (!repair)
        {
            var finding = Finding(text, displayPath, DiagnosticSeverity.Error, "Import it with --repair-encoding to repair it.");
            if (finding is null)
            {
                return text;
            }

            diagnostics.Add(finding);
            return null;
        }

        var repaired = MojibakeRepairer.Repair(text);
        if (repaired.Outcome == MojibakeRepairOutcome.Clean)
        {
            return text;
        }

        if (repaired.Outcome == MojibakeRepairOutcome.ProofFailed)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MangledEncoding,
                new SourceSpan(displayPath, repaired.ProofFailedAtLine ?? 1, 1),
                $"This text looks mangled through {repaired.CodePage}, but no repair of this line turns back into it, so nothing was repaired; fix the line by hand or from an original copy.",
                LineOf(text, repaired.ProofFailedAtLine ?? 1)));
            return null;
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MangledEncoding, SourceSpan.WholeFile(displayPath),
            $"Repaired text mangled through {repaired.CodePage}: {repaired.MangledCharacterCount} characters, {repaired.Places.Count} of which had lost bytes; " +
            $"{repaired.UncertainCount} of those are best guesses, each listed below at its place in the repaired text."));
        foreach (var place in repaired.Places.Where(p => !p.IsCertain))
        {
            var others = string.Join(", ", place.Alternatives.Take(3).Select(a => $"'{a}'"));
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MangledEncoding, new SourceSpan(displayPath, place.Line, place.Column),
                $"Repaired '{place.Mangled}' as '{place.Chosen}', a best guess: it could also be {others}. Check it against what you meant.",
                LineOf(repaired.Text, place.Line)));
        }

        foreach (var line in repaired.LinesLeftAsTheyWere)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MangledEncoding, new SourceSpan(displayPath, line, 1),
                "This line looks mangled but also holds characters mangling cannot make, so it was left as it was; repair it by hand.",
                LineOf(repaired.Text, line)));
        }

        return repaired.Text;
    }

    /// <summary>
    /// Whether the text holds a character that a mangled UTF-8 lead byte becomes in windows-1252 or -1254
    /// (Â to ô, and Ğ İ Ş ğ ı ş where windows-1254 puts them): a scan of microseconds that spares the
    /// detector every record of a build that has none, which is almost all of them.
    /// </summary>
    internal static bool MayBeMangled(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') >= 0 || text.AsSpan().IndexOfAny("ĞİŞğış") >= 0;

    private static string? LineOf(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }
}
