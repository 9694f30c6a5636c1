using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using SiteGen.ServeBench;

// Save of one record -> the open page showing the change, with `sitegen serve` and Chromium as an author has
// them: the real `sitegen serve --port 0` in a process of its own, the record's page open in Debian's Chromium
// (Playwright), and the record's English title rewritten on disk, a new text each run. A run's time is from just
// before File.WriteAllText to the moment Playwright sees the new text in document.title (or the h1) of the page,
// which live.js reloaded by itself; the next run starts once that page has finished loading and --settle ms more.
// Prints every run, then the median, p90, min and max of the timed runs and a breakdown, then one tab-separated
// "summary" line for bench/serve-latency.sh.
if (BenchOptions.Parse(args) is not { } o)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// Debian's Chromium: /usr/lib/chromium/chromium is the binary itself; /usr/bin/chromium is a shell wrapper that adds
// flags from /etc/chromium.d. SITEGEN_CHROMIUM names another, as for the browser tests.
var chromium = o.Chromium
    ?? (Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : File.Exists("/usr/lib/chromium/chromium") ? "/usr/lib/chromium/chromium" : "/usr/bin/chromium");
if (!File.Exists(chromium))
{
    Console.Error.WriteLine($"No Chromium at {chromium}: run tests/SiteGen.Browser.Tests/install-browser.sh, or set SITEGEN_CHROMIUM.");
    return 1;
}

var original = await File.ReadAllTextAsync(o.Record);
var tag = Guid.NewGuid().ToString("N")[..6];
var results = new List<Run>();

Console.WriteLine($"{o.Label}: starting sitegen serve (the first build of the whole site comes first)...");
var started = Stopwatch.GetTimestamp();
await using (var serve = await ServeProcess.StartAsync(o.Sitegen, o.Content, o.Templates, o.Output, TimeSpan.FromMinutes(10)))
{
    Console.WriteLine($"{o.Label}: serving at {serve.Address} after {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s; {serve.FirstBuild.Trim()}");
    var path = o.Page ?? Pages.Find(o.Output, o.Record, o.Language);
    var url = new Uri(serve.Address, path);

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = chromium,
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-domain-reliability",
            "--disable-sync",
            "--no-first-run",
            "--no-pings",
            "--metrics-recording-only",
            "--disable-gpu",
        ],
    });
    await using var context = await browser.NewContextAsync(new()
    {
        ViewportSize = new() { Width = 1280, Height = 900 },
        Locale = "en-US",
        ServiceWorkers = ServiceWorkerPolicy.Block,
    });
    context.SetDefaultTimeout(60_000);
    await context.AddInitScriptAsync(Pages.Probe);
    var page = await context.NewPageAsync();
    var navigations = 0;
    page.FrameNavigated += (_, frame) =>
    {
        if (frame == page.MainFrame)
        {
            Interlocked.Increment(ref navigations);
        }
    };

    await page.GotoAsync(url.ToString());
    Console.WriteLine($"{o.Label}: opened {path} (\"{await page.TitleAsync()}\"), editing {o.Record}; {o.WarmUp} warm-up and {o.Runs} timed runs, each {o.Settle} ms after the page before it finished loading");
    await Pages.ConnectedAsync(page);
    await Task.Delay(o.Settle);

    try
    {
        for (var i = 1; i <= o.WarmUp + o.Runs; i++)
        {
            var warmUp = i <= o.WarmUp;
            var name = warmUp ? $"warm-up {i}" : $"run {i - o.WarmUp}";
            var title = $"StatefulSet: run {i} ({tag})";
            var text = Records.WithEnglishTitle(original, title);

            await Pages.ConnectedAsync(page);
            await page.EvaluateAsync($"() => sessionStorage.removeItem('{Pages.EventsKey}')");
            var offsetBefore = await Clock.BrowserOffsetAsync(page);
            Interlocked.Exchange(ref navigations, 0);

            var written = Stopwatch.GetTimestamp();
            var writtenEpoch = Clock.EpochNow();
            File.WriteAllText(o.Record, text);

            double? total = null;
            try
            {
                await page.WaitForFunctionAsync(Pages.Shows, title, new() { PollingInterval = o.Poll, Timeout = o.TimeoutMs });
                total = Stopwatch.GetElapsedTime(written).TotalMilliseconds;
            }
            catch (TimeoutException)
            {
                // Never showed the change: reported below, and the page is loaded again for the next run.
            }

            // Settle: the reloaded page finishes loading (Mermaid's script and all), then a moment of quiet, so no
            // run starts while the page before it is still busy.
            if (total is not null)
            {
                await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { PollingInterval = 20, Timeout = o.TimeoutMs });
            }

            await Task.Delay(o.Settle);
            var reloads = Volatile.Read(ref navigations);
            var rebuilds = serve.RebuildsSince(written);
            var failed = serve.FailuresSince(written);
            if (total is null)
            {
                await page.ReloadAsync();
                await Pages.ConnectedAsync(page);
            }

            var probed = await Pages.ReadProbeAsync(page);
            var offsetAfter = await Clock.BrowserOffsetAsync(page);
            var reloaded = reloads > 0 && total is not null;
            double? Since(double? browserTime, double offset) => browserTime - offset - writtenEpoch;
            double? InNewPage(double? browserTime) => reloaded ? Since(browserTime, offsetAfter) : null;

            var run = new Run(
                name,
                warmUp,
                total,
                rebuilds.Count > 0 ? rebuilds[0].Milliseconds : null,
                rebuilds.Count > 0 ? Stopwatch.GetElapsedTime(written, rebuilds[0].ReadAt).TotalMilliseconds : null,
                probed.Events.Count > 0 ? Since(probed.Events[0], offsetBefore) : null,
                InNewPage(probed.Started),
                InNewPage(probed.Received),
                InNewPage(probed.Title),
                InNewPage(probed.Painted),
                InNewPage(probed.Loaded),
                reloads,
                rebuilds.Count,
                failed,
                probed.Events.Count,
                rebuilds.Count > 0 ? rebuilds[0].Rendered : 0);
            results.Add(run);
            Console.WriteLine($"  {o.Label} {run.Describe()}");
        }
    }
    finally
    {
        File.WriteAllText(o.Record, original);
    }
}

var timed = results.Where(r => !r.WarmUp).ToList();
var shown = timed.Where(r => r.Total is not null).ToList();
var missed = timed.Count - shown.Count;
var manyBuilds = timed.Count(r => r.Builds != 1);
var manyReloads = timed.Count(r => r.Reloads > 1);
var failures = timed.Sum(r => r.Failed);
if (shown.Count == 0)
{
    Console.WriteLine($"{o.Label}: no timed run showed the change within {o.TimeoutMs / 1000:0} s.");
    Console.WriteLine(string.Join('\t', "summary", o.Label, "0", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", missed, manyBuilds, manyReloads));
    return 1;
}

var totals = shown.Select(r => r.Total!.Value).ToList();
var (median, p90, min, max) = (Stats.Median(totals), Stats.Percentile(totals, 90), totals.Min(), totals.Max());
Console.WriteLine(Stats.Format(
    $"{o.Label}: save of the record -> page shows the new title, {shown.Count} timed runs: median {median:0.0} ms, p90 {p90:0.0} ms, min {min:0.0} ms, max {max:0.0} ms"));
var rebuild = Stats.MedianOf(shown, r => r.Rebuild);
var line = Stats.MedianOf(shown, r => r.RebuiltLine);
var sse = Stats.MedianOf(shown, r => r.Event);
var reloadStarted = Stats.MedianOf(shown, r => r.Reloaded);
var received = Stats.MedianOf(shown, r => r.Received);
var parsed = Stats.MedianOf(shown, r => r.Parsed);
var painted = Stats.MedianOf(shown, r => r.Painted);
var loaded = Stats.MedianOf(shown, r => r.Loaded);
Console.WriteLine($"{o.Label}: medians: the server's own rebuild time {Stats.Ms(rebuild)} (\"Rebuilt ... in N ms\"); after the save: its \"Rebuilt\" line read here +{Stats.Ms(line)}, " +
    $"build event reached the page +{Stats.Ms(sse)}, reload started +{Stats.Ms(reloadStarted)}, HTML received +{Stats.Ms(received)}, title parsed +{Stats.Ms(parsed)}, " +
    $"first contentful paint +{Stats.Ms(painted)}, Playwright saw the title +{Stats.Ms(median)}, DOMContentLoaded +{Stats.Ms(loaded)}");
Console.WriteLine($"{o.Label}: {missed} timed run(s) never showed the change within {o.TimeoutMs / 1000:0} s; {manyBuilds} had other than one rebuild; " +
    $"{manyReloads} reloaded more than once; {failures} \"Build failed\" line(s)");
Console.WriteLine(string.Join('\t', "summary", o.Label, shown.Count.ToString(CultureInfo.InvariantCulture),
    Stats.Number(median), Stats.Number(p90), Stats.Number(min), Stats.Number(max), Stats.Number(rebuild), Stats.Number(line),
    Stats.Number(sse), Stats.Number(parsed), Stats.Number(painted), Stats.Number(loaded), missed, manyBuilds, manyReloads));
return 0;
