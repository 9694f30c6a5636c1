using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Building;
using SiteGen.Loading;

// One long-lived process, as the dev server will be: a first build, then one record edited and the site
// built again, `runs` times, each edit different. Prints each rebuild's total and stages, then medians.
// Usage: SiteGen.Bench CONTENT TEMPLATES OUT CACHE RECORD [runs]
if (args.Length < 5)
{
    Console.Error.WriteLine("usage: SiteGen.Bench CONTENT TEMPLATES OUT CACHE RECORD [runs]");
    return 2;
}

var runs = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 10;
var record = args[4];
var builder = new SiteBuilder(new BuildOptions(args[0], args[1], args[2], BuildOptions.DefaultVendorDirectory, new PathDisplay(args[0]), args[3]));
var first = builder.Build();
if (!first.Succeeded)
{
    Console.Error.WriteLine("The first build failed.");
    return 1;
}

Console.WriteLine($"first build: {Describe(first)}");
var totals = new List<double>();
var renders = new List<double>();
var original = File.ReadAllText(record);
for (var run = 1; run <= runs; run++)
{
    File.WriteAllText(record, Regex.Replace(original, @"replicas=\d+", $"replicas={100_000 + run}"));
    var result = builder.Build();
    if (!result.Succeeded || result.Rendered == 0)
    {
        Console.Error.WriteLine($"run {run}: the build failed or rendered nothing.");
        return 1;
    }

    totals.Add(result.Timings.Where(t => !t.Phase.StartsWith("rendering pages", StringComparison.Ordinal)).Sum(t => t.Time.TotalMilliseconds));
    renders.Add(result.Timings.Single(t => t.Phase.StartsWith("rendering pages", StringComparison.Ordinal)).Time.TotalMilliseconds);
    Console.WriteLine($"edit {run}: {Describe(result)}");
}

File.WriteAllText(record, original);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"one record edited, long-lived process: median {Median(totals):0.0} ms in all, {Median(renders):0.0} ms rendering its pages ({runs} runs)"));
return 0;

static string Describe(BuildResult result) =>
    $"{result.Rendered} rendered, {result.Reused} reused; " +
    string.Join(", ", result.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Phase} {t.Time.TotalMilliseconds:0.0} ms")));

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
