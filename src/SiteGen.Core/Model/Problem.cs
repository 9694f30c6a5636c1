namespace SiteGen.Model;

/// <summary>A problem met during the experiment, with its diagnosis and fix.</summary>
public sealed record Problem
{
    public required Localized Title { get; init; }

    /// <summary>The error message exactly as printed.</summary>
    public string? Error { get; init; }

    public IReadOnlyList<Localized> Causes { get; init; } = [];

    /// <summary>The fix, as ordered steps.</summary>
    public IReadOnlyList<Localized> Solution { get; init; } = [];

    public required ProblemStatus Status { get; init; }
}
