using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Importing;

/// <summary>
/// A note's bytes as text, or a diagnostic saying why they are not a Markdown note: too large, binary, not
/// UTF-8, empty, or mangled by a wrong code page (repaired only when asked).
/// </summary>
internal static class NoteDecoder
{
    public static string? Read(string path, string displayPath, bool repair, List<Diagnostic> diagnostics)
    {
        var (bytes, problems) = SourceReader.ReadBytes(path, displayPath);
        diagnostics.AddRange(problems);
        if (bytes is null)
        {
            return null;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0 && !(bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.BinaryFile, SourceSpan.WholeFile(displayPath),
                $"This is a binary file (a zero byte at offset {nul}), not a Markdown note; import the .md file of the note."));
            return null;
        }

        var bag = new DiagnosticBag();
        var source = SourceReader.Decode(bytes, displayPath, bag);
        diagnostics.AddRange(bag);
        if (source is null)
        {
            return null;
        }

        if (source.Text.Trim().Length == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.EmptyFile, SourceSpan.WholeFile(displayPath),
                "The note is empty; there is nothing to import."));
            return null;
        }

        return Encoding.MangledText.Check(source.Text, displayPath, repair, diagnostics);
    }
}
