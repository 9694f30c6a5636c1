namespace SiteGen.Model;

/// <summary>A problem met during the experiment, with its diagnosis and fix.</summary>
public sealed record Problem
{
    /// <summary>A short name for the problem, such as <c>PVC fails to bind</c>. Shown as "Problem 1: ...".</summary>
    public required Localized Title { get; init; }

    /// <summary>The error message exactly as printed.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Why it happened, one cause an item, such as <c>There is no StorageClass in the cluster</c>.
    /// Listed under "Cause analysis".
    /// </summary>
    public IReadOnlyList<Localized> Causes { get; init; } = [];

    /// <summary>The fix, as ordered steps.</summary>
    public IReadOnlyList<Localized> Solution { get; init; } = [];

    /// <summary>
    /// Where the problem stands: <c>resolved</c>, <c>worked-around</c> or <c>open</c>.
    /// Shown as ✅ Resolved, ⚠️ Worked around or ❌ Open.
    /// </summary>
    public required ProblemStatus Status { get; init; }

    /// <summary>
    /// The status in your own words, such as <c>⚠️ 绕过：改用本地镜像</c>: shown instead of the status's usual words
    /// ("✅ Resolved"), while <c>status</c> still says how the problem counts.
    /// </summary>
    public Localized? StatusText { get; init; }
}
