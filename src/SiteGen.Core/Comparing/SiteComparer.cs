using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Comparing;

/// <summary>
/// Compares two built sites output by output. Files of equal length are compared byte for byte and only
/// a changed page or report is read as text, and diffed only when a report shows it, so comparing two
/// large sites that differ in one record costs little more than reading them.
/// </summary>
public static partial class SiteComparer
{
    public static SiteDiff Compare(BuiltSite old, BuiltSite @new, string oldName, string newName)
    {
        var paths = old.Files.Union(@new.Files, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var olds = old.Files.ToHashSet(StringComparer.Ordinal);
        var news = @new.Files.ToHashSet(StringComparer.Ordinal);
        var outputs = new OutputDiff[paths.Count];
        var untranslated = new System.Collections.Concurrent.ConcurrentDictionary<string, (int Old, int New)>(StringComparer.Ordinal);
        Parallel.For(0, paths.Count, i =>
        {
            var path = paths[i];
            var identity = OutputIdentity.Of(path);
            byte[]? before = olds.Contains(path) ? old.Bytes(path) : null;
            byte[]? after = news.Contains(path) ? @new.Bytes(path) : null;
            var same = before is not null && after is not null && before.AsSpan().SequenceEqual(after);
            if (identity is { Role: OutputRole.ExperimentPage, Language: { } language })
            {
                var old = Untranslated(before);
                var counts = (Old: old, New: same ? old : Untranslated(after));
                untranslated.AddOrUpdate(language, counts, (_, sum) => (sum.Old + counts.Old, sum.New + counts.New));
            }

            outputs[i] = (before, after) switch
            {
                (null, _) => new OutputDiff(identity, ChangeKind.Added),
                (_, null) => new OutputDiff(identity, ChangeKind.Removed),
                _ when same => new OutputDiff(identity, ChangeKind.Unchanged),
                _ => Changed(identity, before, after),
            };
        });

        var languages = outputs.Select(o => o.Output.Language).OfType<string>().Distinct().ToList();
        return new SiteDiff(oldName, newName, outputs,
            languages.ToDictionary(l => l, l => untranslated.GetValueOrDefault(l), StringComparer.Ordinal));
    }

    private static OutputDiff Changed(OutputIdentity identity, byte[] before, byte[] after)
    {
        if (!IsText(identity.Path))
        {
            return new OutputDiff(identity, ChangeKind.Changed);
        }

        var oldText = Encoding.UTF8.GetString(before);
        var newText = Encoding.UTF8.GetString(after);
        return identity.Path.EndsWith(".html", StringComparison.Ordinal)
            ? new OutputDiff(identity, ChangeKind.Changed, () => TextDiff.Of(ReaderText.Of(oldText), ReaderText.Of(newText)), () => TextDiff.Of(oldText, newText))
            : new OutputDiff(identity, ChangeKind.Changed, () => TextDiff.Of(oldText, newText));
    }

    private static bool IsText(string path) =>
        Path.GetExtension(path) is ".html" or ".md" or ".css" or ".js" or ".json" or ".svg" or ".txt" or ".xml";

    /// <summary>How many "not yet translated" marks a page carries (each untranslated field shows one).</summary>
    private static int Untranslated(byte[]? page) =>
        page is null ? 0 : Badge().Count(Encoding.UTF8.GetString(page));

    [GeneratedRegex("class=\"badge\"")]
    private static partial Regex Badge();
}
