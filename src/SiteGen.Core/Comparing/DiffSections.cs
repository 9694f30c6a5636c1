namespace SiteGen.Comparing;

/// <summary>A hunk of a diff with the heading of the section it is in, as the reader saw it before the change.</summary>
public sealed record DiffHunk(string? Section, IReadOnlyList<DiffLine> Lines);

/// <summary>Groups a diff's changed lines into hunks, each under the heading (a line starting with #) it falls under.</summary>
public static class DiffSections
{
    public static IReadOnlyList<DiffHunk> Of(TextDiff diff, int context = 2)
    {
        var heading = new Dictionary<DiffLine, string?>(ReferenceEqualityComparer.Instance);
        string? current = null;
        foreach (var line in diff.Lines)
        {
            heading[line] = current;
            var text = line.Change == LineChange.Deleted ? line.OldText : line.NewText;
            if (text.StartsWith('#'))
            {
                current = text.TrimStart('#').Trim();
            }
        }

        return [.. diff.Hunks(context).Select(h => new DiffHunk(heading[h[0]], h))];
    }

    /// <summary>A hunk as unified-diff lines: " same", "-old", "+new".</summary>
    public static IEnumerable<string> Unified(DiffHunk hunk)
    {
        foreach (var line in hunk.Lines)
        {
            switch (line.Change)
            {
                case LineChange.Same:
                    yield return " " + line.NewText;
                    break;
                case LineChange.Deleted:
                    yield return "-" + line.OldText;
                    break;
                case LineChange.Inserted:
                    yield return "+" + line.NewText;
                    break;
                default:
                    yield return "-" + line.OldText;
                    yield return "+" + line.NewText;
                    break;
            }
        }
    }
}
