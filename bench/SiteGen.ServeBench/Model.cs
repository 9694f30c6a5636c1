using System.Globalization;

namespace SiteGen.ServeBench;

/// <summary>
/// One edit. Total: the write began -> Playwright saw the new title. Rebuild: the server's own "Rebuilt ... in N ms".
/// The other times are ms after the write began, in the page: the "Rebuilt" line read here, the build event reached
/// the old page, the reload started, its HTML was received, the parser added the title, first contentful paint,
/// DOMContentLoaded. Null: did not happen, or could not be measured.
/// </summary>
internal sealed record Run(
    string Name, bool WarmUp, double? Total, double? Rebuild, double? RebuiltLine, double? Event, double? Reloaded, double? Received,
    double? Parsed, double? Painted, double? Loaded, int Reloads, int Builds, int Failed, int Events, int Rendered)
{
    public string Describe() => Total is null
        ? $"{Name}: NEVER showed the new title; {Builds} rebuild(s), {Failed} failed, {Events} build event(s) in the page, {Reloads} reload(s)"
        : Stats.Format($"{Name}: {Total,6:0.0} ms to the new title | rebuild {Stats.Ms(Rebuild)} ({Rendered} rendered) | after the save:")
            + $" line read +{Stats.Ms(RebuiltLine)}, event +{Stats.Ms(Event)}, reload +{Stats.Ms(Reloaded)}, HTML +{Stats.Ms(Received)},"
            + $" title parsed +{Stats.Ms(Parsed)}, first paint +{Stats.Ms(Painted)}, DOMContentLoaded +{Stats.Ms(Loaded)}"
            + $" | {Builds} rebuild(s), {Events} event(s), {Reloads} reload(s)";
}

internal sealed record BenchOptions(
    string Sitegen, string Content, string Templates, string Output, string Record, string? Page, string Language,
    int Runs, int WarmUp, int Settle, int Poll, int TimeoutMs, string Label, string? Chromium)
{
    public const string Usage =
        "usage: SiteGen.ServeBench --sitegen SITEGEN.DLL --content DIR --templates DIR --out DIR --record FILE\n" +
        "         [--page PATH (default: the record's page in --language)] [--language en] [--runs 20] [--warmup 2]\n" +
        "         [--settle MS (300: quiet after the page loaded)] [--poll MS (5)] [--timeout MS (30000)] [--label NAME] [--chromium PATH]";

    public static BenchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        string? Text(string name) => values.GetValueOrDefault(name);
        int Whole(string name, int fallback) =>
            Text(name) is { } v ? int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1 : fallback;

        if (Text("sitegen") is not { } sitegen || Text("content") is not { } content || Text("templates") is not { } templates
            || Text("out") is not { } output || Text("record") is not { } record)
        {
            return null;
        }

        var options = new BenchOptions(
            Path.GetFullPath(sitegen), Path.GetFullPath(content), Path.GetFullPath(templates), Path.GetFullPath(output), Path.GetFullPath(record),
            Text("page"), Text("language") ?? "en", Whole("runs", 20), Whole("warmup", 2), Whole("settle", 300), Whole("poll", 5),
            Whole("timeout", 30_000), Text("label") ?? "site", Text("chromium"));
        return options.Runs > 0 && options.WarmUp >= 0 && options.Settle >= 0 && options.Poll > 0 && options.TimeoutMs > 0 ? options : null;
    }
}
