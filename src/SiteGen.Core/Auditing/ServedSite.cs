using System.Collections.Concurrent;
using System.Net;
using Microsoft.Playwright;

namespace SiteGen.Auditing;

/// <summary>
/// A built site served from 127.0.0.1 with one headless Chromium to look at it: one server, one Playwright driver
/// and one browser for a whole audit (or test run). Each (page, variant) is loaded once (<see cref="ReportAsync"/>)
/// and every check reads that report.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly ServedSiteOptions _options;
    private readonly ConcurrentDictionary<Uri, Task<(HttpStatusCode Status, string? Location, string? Body)>> _fetched = new();
    private readonly object _reportsLock = new();
    private readonly SemaphoreSlim _gate;
    private readonly CancellationTokenSource _closing = new();
    private Dictionary<(string, Variant), Lazy<Task<PageReport>>>? _reports;

    private ServedSite(ServedSiteOptions options, StaticSiteServer server, IPlaywright playwright, IBrowser browser, string axeSource)
    {
        _options = options;
        _gate = new SemaphoreSlim(Math.Max(1, options.Concurrency));
        Server = server;
        Playwright = playwright;
        Browser = browser;
        AxeSource = axeSource;
        Pages = options.Pages ?? SiteFolder.Pages(options.Root);
        LanguageFolders = SiteFolder.LanguageFolders(options.Root);
    }

    /// <summary>The built site's folder.</summary>
    public string Root => _options.Root;

    /// <summary>The site's public base URL (<c>base_url</c>); canonical and hreflang links start with it. Null for a site built without one.</summary>
    public Uri? PublicBaseUrl => _options.PublicBaseUrl;

    /// <summary>The pages <see cref="ReportAsync"/> loads, relative to the root: <c>zh/index.html</c>.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Top-level folders that are languages (zh, en): those holding an index.html, except assets.</summary>
    public IReadOnlySet<string> LanguageFolders { get; }

    public StaticSiteServer Server { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>axe-core's script, evaluated in a page to check it.</summary>
    public string AxeSource { get; }

    /// <summary>Serves the site and starts the browser. Throws <see cref="PlaywrightException"/> when the browser does not start.</summary>
    public static async Task<ServedSite> StartAsync(ServedSiteOptions options)
    {
        var axe = await File.ReadAllTextAsync(options.AxeScript);
        var server = await StaticSiteServer.StartAsync(options.Root, options.PublicBaseUrl?.AbsolutePath ?? "/");
        IPlaywright? playwright = null;
        try
        {
            playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = options.BrowserPath,
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
            return new ServedSite(options, server, playwright, browser, axe);
        }
        catch
        {
            playwright?.Dispose();
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The report of one page in one variant. The first call starts every (page, variant) load, as many
    /// at once as <see cref="ServedSiteOptions.Concurrency"/> allows, so the whole site is crawled in parallel while
    /// the checks read the results in turn.</summary>
    public Task<PageReport> ReportAsync(string page, Variant variant)
    {
        lock (_reportsLock)
        {
            if (_reports is null)
            {
                _reports = [];
                foreach (var p in Pages)
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
                : throw new ArgumentException($"No page {page} in {Root}");
        }
    }

    private async Task<PageReport> Gated(string page, Variant variant)
    {
        await _gate.WaitAsync(_closing.Token);
        try
        {
            return await PageReport.InspectAsync(this, page, variant, _options.Screenshot?.Invoke(page, variant));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Lets one more visit of a page run beside the report loads, within the same limit.</summary>
    public async Task<T> GatedAsync<T>(Func<Task<T>> visit)
    {
        await _gate.WaitAsync();
        try
        {
            return await visit();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Uri Url(string page) => new(Server.BaseAddress, page);

    /// <summary>The page's path relative to the site root, for messages: "en/02-controllers/2.1-statefulset/index.html".</summary>
    public string Relative(Uri url) =>
        Server.BaseAddress.IsBaseOf(url) ? Uri.UnescapeDataString(Server.BaseAddress.MakeRelativeUri(url).ToString()) : url.ToString();

    /// <summary>Maps https://labs.example.org/zh/x/ to http://127.0.0.1:port/zh/x/; other URLs are returned as they are.</summary>
    public Uri MapPublicUrl(Uri url)
    {
        if (PublicBaseUrl is not { } pub)
        {
            return url;
        }

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

    /// <summary>No page load starts after this: those waiting their turn end with <see cref="OperationCanceledException"/>.</summary>
    public void StopLoading() => _closing.Cancel();

    public async ValueTask DisposeAsync()
    {
        // Loads not yet started never start; those under way finish first.
        StopLoading();
        if (_reports is not null)
        {
            foreach (var r in _reports.Values.Where(r => r.IsValueCreated))
            {
                try
                {
                    await r.Value;
                }
                catch (Exception)
                {
                    // reported by whoever reads it
                }
            }
        }

        await Browser.CloseAsync();
        Playwright.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
        _gate.Dispose();
        _closing.Dispose();
    }
}
