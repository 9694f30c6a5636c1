using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>A record file: where it is, and how diagnostics name it.</summary>
public sealed record RecordFile(string Path, string Display);

/// <summary>Finds the record files under <c>experiments/</c>: every <c>.yaml</c> or <c>.yml</c>, in path order.</summary>
public static class RecordFiles
{
    public static IReadOnlyList<RecordFile> Find(string folder, PathDisplay display, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Linked folders are not followed: a link loop would list the same records over and over.
        var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return [.. Directory.EnumerateFiles(folder, "*.*", walk)
            .Where(IsRecord)
            .Select(p => new RecordFile(p, display.Of(p)))
            .OrderBy(p => p.Display, StringComparer.Ordinal)];
    }

    private static bool IsRecord(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
