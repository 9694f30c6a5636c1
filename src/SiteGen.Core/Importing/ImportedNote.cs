using SiteGen.Diagnostics;

namespace SiteGen.Importing;

/// <summary>One note imported, or not: the record written (null when none was) and what was found on the way.</summary>
public sealed record ImportedNote(string Source, string? RecordDisplayPath, string? Id, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => RecordDisplayPath is not null;
}
