namespace SiteGen.Diagnostics;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
public static class Suggestions
{
    public static string? Nearest(string input, IEnumerable<string> candidates)
    {
        // One edit for short names (so "xy" is not "id"), a third of the length for longer ones.
        var limit = input.Length <= 4 ? 1 : Math.Max(2, input.Length / 3);
        return candidates
            .Select(c => (c, d: Distance(input.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.d <= limit)
            .OrderBy(x => x.d)
            .ThenBy(x => x.c, StringComparer.Ordinal)
            .Select(x => x.c)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance: edits, with a swap of two neighbours counting as one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
