namespace SiteGen.Model;

/// <summary>How to remove what the experiment created.</summary>
public sealed record Cleanup
{
    /// <summary>
    /// The commands that remove what the experiment created, with a <c>comment</c> each where useful,
    /// such as <c>kubectl delete -f statefulset.yaml</c>. Shown as one terminal session under "Cleanup".
    /// </summary>
    public IReadOnlyList<Command> Commands { get; init; } = [];

    /// <summary>
    /// Whether everything was removed: <c>cleaned</c>, <c>partial</c> or <c>pending</c>.
    /// Shown as ✅ Cleaned up, ⚠️ Partly cleaned up or ⏳ Not cleaned up yet.
    /// </summary>
    public required CleanupStatus Status { get; init; }

    /// <summary>The status in your own words, such as <c>⚠️ PVC 留着给下个实验</c>: shown instead of the status's usual words.</summary>
    public Localized? StatusText { get; init; }

    /// <summary>A note on the cleanup, such as what was kept on purpose and why; shown after its status.</summary>
    public Localized? Note { get; init; }
}
