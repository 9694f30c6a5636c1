using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>A record file: where it is, and how diagnostics name it.</summary>
public sealed record RecordFile(string Path, string Display);

/// <summary>
/// Finds the record files under <c>experiments/</c>: every <c>.yaml</c> or <c>.yml</c>, in path order. A
/// link to a file is read like the file; a link to a folder is not followed (a loop would list the same
/// records over and over) and says so, rather than leaving its records out without a word.
/// </summary>
public static class RecordFiles
{
    public static IReadOnlyList<RecordFile> Find(string folder, PathDisplay display, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = new List<RecordFile>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(pending.Pop()))
            {
                var info = new FileInfo(entry);
                if (info.Attributes.HasFlag(FileAttributes.Directory))
                {
                    if (info.LinkTarget is null)
                    {
                        pending.Push(entry);
                    }
                    else
                    {
                        diagnostics.Warning(DiagnosticCodes.LinkedFolder, SourceSpan.WholeFile(display.Of(entry)),
                            $"This folder is a link (to {info.LinkTarget}), and SiteGen does not follow links to folders, so its records are left out; move or copy them here.");
                    }
                }
                else if (IsRecord(entry))
                {
                    files.Add(new RecordFile(entry, display.Of(entry)));
                }
            }
        }

        return [.. files.OrderBy(f => f.Display, StringComparer.Ordinal)];
    }

    private static bool IsRecord(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
