using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Loading;

/// <summary>One record file from bytes to a bound <see cref="LabRecord"/>.</summary>
public static class RecordLoader
{
    /// <summary>The bound record (possibly partial, when there were errors), its text and where each value came from.</summary>
    public static (LabRecord? Record, SourceText? Source, SourceMap? Map) Load(
        byte[] bytes, string displayPath, IReadOnlyList<string>? languages, DiagnosticBag diagnostics) =>
        YamlDocumentLoader.Load<LabRecord>(bytes, displayPath, languages, diagnostics);
}
