using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Loading;

/// <summary>One record file from bytes to a bound <see cref="LabRecord"/>.</summary>
public static class RecordLoader
{
    /// <summary>The bound record (possibly partial, when there were errors), its text and where each value came from.</summary>
    /// <remarks>Text mangled by a wrong code page (<c>å®éªŒ</c> for <c>实验</c>) is one warning at its first place.</remarks>
    public static (LabRecord? Record, SourceText? Source, SourceMap? Map) Load(
        byte[] bytes, string displayPath, IReadOnlyList<string>? languages, DiagnosticBag diagnostics)
    {
        var loaded = YamlDocumentLoader.Load<LabRecord>(bytes, displayPath, languages, diagnostics);
        if (loaded.Source is { } source
            && Importing.Encoding.MangledText.Finding(source.Text, displayPath, DiagnosticSeverity.Warning,
                "Restore the file from a copy that reads correctly, or repair the note it came from with sitegen import --repair-encoding.") is { } mangled)
        {
            diagnostics.Add(mangled);
        }

        return loaded;
    }
}
