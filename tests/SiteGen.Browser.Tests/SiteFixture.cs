using System.Collections.Concurrent;
using System.Net;
using SiteGen.Building;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Rendering.Views;
using SiteGen.Testing;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Where things are. The site under test is the sample site, built by the fixture into a temporary folder;
/// <c>SITEGEN_SITE_DIR</c> points the suite at another, already built site instead.
/// </summary>
public static class TestPaths
{
    private static readonly Lazy<string> BuiltSite = new(BuildSample);

    /// <summary>The built site (the output of sitegen build).</summary>
    public static string SiteRoot =>
        Environment.GetEnvironmentVariable("SITEGEN_SITE_DIR") is { Length: > 0 } dir ? dir : BuiltSite.Value;

    /// <summary>The site's public base URL (site.yaml base_url); canonical and hreflang links start with it.</summary>
    public static Uri PublicBaseUrl =>
        new(Environment.GetEnvironmentVariable("SITEGEN_BASE_URL") is { Length: > 0 } url ? url
            : Check().Config?.BaseUrl ?? "https://example.invalid/");

    /// <summary>The Chromium SiteGen draws diagrams with (<c>$SITEGEN_CHROMIUM</c>, else Debian's binary, not its
    /// /usr/bin/chromium wrapper, which adds flags from /etc/chromium.d).</summary>
    public static string ChromiumPath => SiteGen.Diagrams.BrowserLocator.Find() ?? "/usr/bin/chromium";

    /// <summary>The folder holding package.json and node_modules (axe-core, vnu-jar): the repository root.</summary>
    public static string NodeRoot => RepositoryPaths.Root;

    public static string AxeScript => Path.Combine(NodeRoot, "node_modules", "axe-core", "axe.min.js");
    public static string VnuJar => Path.Combine(NodeRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Full-page PNGs for a person to look at: <c>artifacts/screenshots/</c> in the repository (git-ignored).</summary>
    public static string ScreenshotDir =>
        Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOT_DIR") is { Length: > 0 } s ? s : Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    /// <summary>
    /// Every HTML page the sample site has, derived from the content and the URL scheme without building,
    /// so test cases exist before the site does. <see cref="SiteBuildTests"/> checks the build wrote exactly these.
    /// </summary>
    public static IReadOnlyList<string> Pages()
    {
        if (Environment.GetEnvironmentVariable("SITEGEN_SITE_DIR") is { Length: > 0 } dir)
        {
            return [.. Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
                .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
                .Order(StringComparer.Ordinal)];
        }

        return SamplePages();
    }

    private static CheckedContent Check() => new ContentChecker(new PathDisplay(RepositoryPaths.Root)).Check(RepositoryPaths.Content);

    /// <summary>The pages the sample content must produce, from the content and the URL scheme alone.</summary>
    public static IReadOnlyList<string> SamplePages()
    {
        var content = Check();
        var config = content.Config ?? throw new InvalidOperationException("The sample content does not load; run sitegen check.");
        var catalogue = new Catalogue(config, content.ValidRecords);
        var tags = catalogue.Records.SelectMany(r => r.Tags).Select(SiteLayout.TagSlug).Distinct(StringComparer.Ordinal).ToList();
        return [.. config.LanguageCodes
            .SelectMany(l => catalogue.Records.Select(r => catalogue.Layout.ExperimentPage(l, r))
                .Concat(catalogue.Layout.HasParallelPages ? catalogue.Records.Select(r => catalogue.Layout.ParallelPage(l, r)) : [])
                .Prepend(SiteLayout.LanguageIndex(l))
                .Concat(tags.Count == 0 ? [] : tags.Select(t => SiteLayout.TagIndexFolder(l) + t + "/" + SiteLayout.PageFile).Prepend(SiteLayout.TagIndexFolder(l) + SiteLayout.PageFile)))
            .Prepend(SiteLayout.PageFile)
            .Concat(config.LanguageCodes.Select(l => l + "/" + SiteLayout.NotFoundFile).Prepend(SiteLayout.NotFoundFile))
            .Order(StringComparer.Ordinal)];
    }

    public static TheoryData<string> PageData()
    {
        var data = new TheoryData<string>();
        foreach (var p in Pages())
        {
            data.Add(p);
        }

        return data;
    }

    private static string BuildSample()
    {
        var scratch = Directory.CreateTempSubdirectory("sitegen-browser-").FullName;
        var site = Path.Combine(scratch, "site");

        // Every test class of the run may read it, in any order: it goes when the test process does.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(scratch, recursive: true);
        var result = SiteBuilder.Build(new BuildOptions(
            RepositoryPaths.Content, RepositoryPaths.Templates, site, BuildOptions.DefaultVendorDirectory, new PathDisplay(RepositoryPaths.Root)));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The sample site does not build:\n" + DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        }

        return site;
    }
}

/// <summary>One server, one Playwright driver and one Chromium for the whole suite.</summary>
public class SiteFixture : IAsyncLifetime
{
    /// <summary>The built site this fixture serves.</summary>
    protected virtual string SiteRoot => TestPaths.SiteRoot;

    private readonly ConcurrentDictionary<Uri, Task<(HttpStatusCode Status, string? Location, string? Body)>> _fetched = new();

    public StaticSiteServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    public string AxeSource { get; private set; } = "";

    /// <summary>Top-level folders that are languages (zh, en): those holding an index.html, except assets.</summary>
    public IReadOnlySet<string> LanguageFolders { get; private set; } = new HashSet<string>();

    public virtual async Task InitializeAsync()
    {
        if (!Directory.Exists(SiteRoot))
        {
            throw new InvalidOperationException($"No built site at {SiteRoot} (set SITEGEN_SITE_DIR).");
        }

        AxeSource = await File.ReadAllTextAsync(TestPaths.AxeScript);
        LanguageFolders = Directory.EnumerateDirectories(SiteRoot)
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => n != "assets")
            .ToHashSet();

        Server = await StaticSiteServer.StartAsync(SiteRoot);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = TestPaths.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",                   // root has no usable sandbox (Playwright adds this by default too)
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-domain-reliability",
                "--disable-sync",
                "--no-first-run",
                "--no-pings",
                "--metrics-recording-only",
                "--disable-gpu",
                "--font-render-hinting=none",     // steadier text rendering in screenshots
            ],
        });
    }

    // ---- One load per (page, variant), shared by every check ----------------------------------------------------

    private readonly object _reportsLock = new();
    private Dictionary<(string, Variant), Lazy<Task<PageReport>>>? _reports;
    private readonly SemaphoreSlim _gate = new(Math.Max(1, Math.Min(Environment.ProcessorCount, 4)));

    /// <summary>Pages photographed (full page) in every variant, for a person to look at: the chooser, the indexes, and
    /// experiment 2.1's page and side-by-side page in each language.</summary>
    public static bool IsPhotographed(string page) =>
        page is "index.html" or "404.html"
        || (page.EndsWith("/index.html", StringComparison.Ordinal) && page.Count(c => c == '/') == 1)
        || page.Contains("/2.1-statefulset/", StringComparison.Ordinal)
        || page is "zh/tags/index.html" or "en/tags/statefulset/index.html";

    /// <summary>The report of one page in one variant. The first call starts every (page, variant) load, as many
    /// at once as there are cores, so the whole site is crawled in parallel while the tests read the results in turn.</summary>
    public Task<PageReport> ReportAsync(string page, Variant variant)
    {
        lock (_reportsLock)
        {
            if (_reports is null)
            {
                Directory.CreateDirectory(TestPaths.ScreenshotDir);
                _reports = [];
                foreach (var p in TestPaths.Pages())
                {
                    foreach (var v in Enum.GetValues<Variant>())
                {
                    var (pp, vv) = (p, v);
                    _reports[(p, v)] = new Lazy<Task<PageReport>>(() => Gated(pp, vv));
                }
                }

                foreach (var lazy in _reports.Values)
                {
                    _ = lazy.Value; // start them all; the gate limits concurrency
                }
            }
            return _reports.TryGetValue((page, variant), out var r)
                ? r.Value
                : throw new ArgumentException($"No page {page} in {TestPaths.SiteRoot}");
        }
    }

    private async Task<PageReport> Gated(string page, Variant variant)
    {
        await _gate.WaitAsync();
        try
        {
            var shot = IsPhotographed(page)
                ? Path.Combine(TestPaths.ScreenshotDir,
                    $"{ShotName(page)}.{variant.ToString().ToLowerInvariant()}.png")
                : null;
            return await PageReport.InspectAsync(this, page, variant, shot);
        }
        finally { _gate.Release(); }
    }

    /// <summary>A page's screenshot name: <c>root</c>, <c>zh</c>, <c>zh_02-controllers_2.1-statefulset</c>, <c>…_parallel</c>.</summary>
    public static string ShotName(string page) =>
        page.Replace("/index.html", "").Replace("index.html", "root").Replace(".html", "").Replace('/', '_');

    public virtual async Task DisposeAsync()
    {
        if (_reports is not null)
        {
            foreach (var r in _reports.Values.Where(r => r.IsValueCreated))
            {
                try { await r.Value; } catch { /* reported by the test that reads it */ }
            }
        }

        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        Http.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

    }

    public Uri Url(string page) => new(Server.BaseAddress, page);

    /// <summary>The page's path relative to the site root, for messages: "en/02-controllers/2.1-statefulset/index.html".</summary>
    public string Relative(Uri url) =>
        Server.BaseAddress.IsBaseOf(url) ? Uri.UnescapeDataString(Server.BaseAddress.MakeRelativeUri(url).ToString()) : url.ToString();

    /// <summary>Maps https://labs.example.org/zh/x/ to http://127.0.0.1:port/zh/x/; other URLs are returned as they are.</summary>
    public Uri MapPublicUrl(Uri url)
    {
        var pub = TestPaths.PublicBaseUrl;
        var s = url.GetLeftPart(UriPartial.Path);
        return s.StartsWith(pub.ToString(), StringComparison.Ordinal)
            ? new Uri(Server.BaseAddress, s[pub.ToString().Length..] + url.Query + url.Fragment)
            : url;
    }

    public bool IsLocal(Uri url) =>
        url.Scheme is "http" or "https" && url.Host == Server.BaseAddress.Host && url.Port == Server.BaseAddress.Port;

    /// <summary>GET, no redirects followed, cached for the run. Body kept for text/html (to check #fragments).</summary>
    public Task<(HttpStatusCode Status, string? Location, string? Body)> FetchAsync(Uri url) =>
        _fetched.GetOrAdd(new Uri(url.GetLeftPart(UriPartial.Query)), async u =>
        {
            using var response = await Http.GetAsync(u);
            var html = response.Content.Headers.ContentType?.MediaType == "text/html"
                ? await response.Content.ReadAsStringAsync()
                : null;
            return (response.StatusCode, response.Headers.Location?.ToString(), html);
        });

    public async Task<IBrowserContext> NewContextAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-US",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site in Chromium";
}
