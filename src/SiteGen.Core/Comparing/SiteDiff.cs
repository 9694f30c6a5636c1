namespace SiteGen.Comparing;

/// <summary>How one output differs between the two sides.</summary>
public enum ChangeKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

/// <summary>
/// One output of either side, how it changed, and (when it did) what a reader sees of the change. The diffs
/// are worked out the first time a report asks for them: a summary or <c>--exit-code</c> never pays for them.
/// </summary>
public sealed class OutputDiff(OutputIdentity output, ChangeKind change, Func<TextDiff>? visible = null, Func<TextDiff>? raw = null)
{
    private readonly Lazy<TextDiff?> _visible = new(() => visible?.Invoke());
    private readonly Lazy<TextDiff?> _raw = new(() => raw?.Invoke());

    public OutputIdentity Output { get; } = output;

    public ChangeKind Change { get; } = change;

    /// <summary>The diff of what a reader sees (a page's text by block, a report's Markdown); null when not text.</summary>
    public TextDiff? Visible => _visible.Value;

    /// <summary>The diff of a page's raw HTML; null for anything else.</summary>
    public TextDiff? Raw => _raw.Value;

    public string Path => Output.Path;
}

/// <summary>
/// Two builds of a site compared output by output: every file of either side, classified, with the diff of
/// each changed page and report. <see cref="Untranslated"/> counts the "not yet translated" marks on each
/// side's pages, by language, for the summary.
/// </summary>
public sealed record SiteDiff(
    string OldName,
    string NewName,
    IReadOnlyList<OutputDiff> Outputs,
    IReadOnlyDictionary<string, (int Old, int New)> Untranslated)
{
    public bool HasChanges => Outputs.Any(o => o.Change != ChangeKind.Unchanged);

    public int Count(ChangeKind kind) => Outputs.Count(o => o.Change == kind);

    /// <summary>The outputs that changed, were added or removed, in path order.</summary>
    public IEnumerable<OutputDiff> Differences => Outputs.Where(o => o.Change != ChangeKind.Unchanged);
}
