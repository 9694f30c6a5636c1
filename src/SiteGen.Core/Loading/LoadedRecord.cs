using SiteGen.Model;

namespace SiteGen.Loading;

/// <summary>A record as loaded from its file, with where each value came from.</summary>
/// <param name="IsValid">False when the file had errors; such a record is checked but never rendered.</param>
public sealed record LoadedRecord(LabRecord Record, SourceText Source, SourceMap Map, bool IsValid);
