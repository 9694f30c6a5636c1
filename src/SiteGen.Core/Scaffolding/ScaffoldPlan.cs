using SiteGen.Diagnostics;

namespace SiteGen.Scaffolding;

/// <summary>What <see cref="RecordScaffolder.Plan"/> decided: the record to write, or why there is none.</summary>
/// <param name="Record">Null when the content does not allow the record; <paramref name="Diagnostics"/> say why.</param>
public sealed record ScaffoldPlan(NewRecord? Record, IReadOnlyList<Diagnostic> Diagnostics);
