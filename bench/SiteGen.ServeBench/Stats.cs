using System.Globalization;
using Microsoft.Playwright;

namespace SiteGen.ServeBench;

internal static class Clock
{
    public static double EpochNow() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    /// <summary>
    /// The browser's clock (performance.timeOrigin + performance.now()) minus this process's, in ms, from the
    /// quickest of five round trips (off by at most half of that round trip).
    /// </summary>
    public static async Task<double> BrowserOffsetAsync(IPage page)
    {
        var (best, offset) = (double.MaxValue, 0.0);
        for (var i = 0; i < 5; i++)
        {
            var before = EpochNow();
            var browser = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()");
            var after = EpochNow();
            if (after - before < best)
            {
                (best, offset) = (after - before, browser - ((before + after) / 2));
            }
        }

        return offset;
    }
}

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Nearest rank: the smallest value at least <paramref name="percent"/>% of the values are at or below.</summary>
    public static double Percentile(IReadOnlyList<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }

    public static double? MedianOf(IEnumerable<Run> runs, Func<Run, double?> value)
    {
        var values = runs.Select(value).OfType<double>().ToList();
        return values.Count > 0 ? Median(values) : null;
    }

    public static string Ms(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " ms" : "n/a";

    public static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
