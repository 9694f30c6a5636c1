namespace SiteGen.Comparing.Reports;

/// <summary>The differences of a site grouped as a reader of the report looks for them: by experiment (chapter order), then the rest.</summary>
internal static class DiffGroups
{
    /// <summary>Groups with a title: "2.1 statefulset (02-controllers)", "Index pages", "Assets".</summary>
    public static IEnumerable<(string Title, IReadOnlyList<OutputDiff> Outputs)> Of(SiteDiff diff) =>
        diff.Differences
            .GroupBy(o => o.Output.Role switch
            {
                OutputRole.ExperimentPage or OutputRole.Report or OutputRole.ParallelPage => $"{o.Output.Chapter}/{o.Output.Experiment}",
                OutputRole.LanguageIndex or OutputRole.Root => "~1",
                _ => "~2",
            })
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Title(g.First().Output, g.Key), (IReadOnlyList<OutputDiff>)[.. g.OrderBy(o => o.Output.Language, StringComparer.Ordinal).ThenBy(o => o.Path, StringComparer.Ordinal)]));

    private static string Title(OutputIdentity output, string key) => key switch
    {
        "~1" => "Index pages",
        "~2" => "Assets",
        _ => $"Experiment {output.ExperimentId} ({output.Chapter}/{output.Experiment})",
    };

    public static string Verb(ChangeKind change) => change switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Changed => "changed",
        _ => "unchanged",
    };

    /// <summary>Counts per kind of change and language: rows Changed, Added, Removed, Unchanged; columns the languages, then "other" and "all".</summary>
    public static (IReadOnlyList<string> Columns, IReadOnlyList<(ChangeKind Kind, IReadOnlyList<int> Counts)> Rows) Counts(SiteDiff diff)
    {
        var languages = diff.Outputs.Select(o => o.Output.Language).OfType<string>().Distinct().ToList();
        IReadOnlyList<string> columns = [.. languages, "other", "all"];
        var rows = new[] { ChangeKind.Changed, ChangeKind.Added, ChangeKind.Removed, ChangeKind.Unchanged }
            .Select(kind => (kind, (IReadOnlyList<int>)[
                .. languages.Select(l => diff.Outputs.Count(o => o.Change == kind && o.Output.Language == l)),
                diff.Outputs.Count(o => o.Change == kind && o.Output.Language is null),
                diff.Count(kind)]))
            .ToList();
        return (columns, rows);
    }
}
