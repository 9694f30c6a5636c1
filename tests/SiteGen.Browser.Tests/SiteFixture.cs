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

    /// <summary>The java that runs the Nu HTML Checker, found as <c>sitegen audit</c> finds it.</summary>
    public static string Java => AuditTools.FindJava() ?? "java";

    /// <summary>axe-core and vnu.jar as SiteGen ships them (under vendor/ beside the assemblies), so the tests use what users get.</summary>
    public static string AxeScript => Path.Combine(BuildOptions.DefaultVendorDirectory, AuditTools.AxePath);

    public static string VnuJar => Path.Combine(BuildOptions.DefaultVendorDirectory, AuditTools.VnuPath);

    /// <summary>What <c>sitegen audit</c> runs, as the tests run it.</summary>
    public static AuditTools Tools => new(ChromiumPath, Java, AxeScript, VnuJar);

    /// <summary>Full-page PNGs for a person to look at: <c>artifacts/screenshots/</c> in the repository (git-ignored).</summary>
    public static string ScreenshotDir =>
        Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOT_DIR") is { Length: > 0 } s ? s : Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    /// <summary>
    /// Every HTML page the sample site has, derived from the content and the URL scheme without building,
    /// so test cases exist before the site does. <see cref="SiteBuildTests"/> checks the build wrote exactly these.
    /// </summary>
    public static IReadOnlyList<string> Pages() =>
        Environment.GetEnvironmentVariable("SITEGEN_SITE_DIR") is { Length: > 0 } dir ? SiteFolder.Pages(dir) : SamplePages();

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

/// <summary>
/// One server, one Playwright driver and one Chromium for the whole suite: the audit's <see cref="ServedSite"/>, so the
/// tests load and check pages with the code <c>sitegen audit</c> runs. Its members are the served site's, here too,
/// so a test reads <c>site.Browser</c>, and a fixture passes for the site (<c>PageVisit.OpenAsync(site, page)</c>).
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    /// <summary>The built site this fixture serves.</summary>
    protected virtual string SiteRoot => TestPaths.SiteRoot;

    public ServedSite Site { get; private set; } = null!;

    public StaticSiteServer Server => Site.Server;

    public IPlaywright Playwright => Site.Playwright;

    public IBrowser Browser => Site.Browser;

    public HttpClient Http => Site.Http;

    public string AxeSource => Site.AxeSource;

    public IReadOnlySet<string> LanguageFolders => Site.LanguageFolders;

    public static implicit operator ServedSite(SiteFixture fixture) => fixture.Site;

    public virtual async Task InitializeAsync()
    {
        if (!Directory.Exists(SiteRoot))
        {
            throw new InvalidOperationException($"No built site at {SiteRoot} (set SITEGEN_SITE_DIR).");
        }

        Directory.CreateDirectory(TestPaths.ScreenshotDir);
        Site = await ServedSite.StartAsync(new ServedSiteOptions(SiteRoot, TestPaths.ChromiumPath, TestPaths.AxeScript)
        {
            PublicBaseUrl = TestPaths.PublicBaseUrl,
            Pages = TestPaths.Pages(),
            Screenshot = (page, variant) => IsPhotographed(page)
                ? Path.Combine(TestPaths.ScreenshotDir, $"{ShotName(page)}.{variant.ToString().ToLowerInvariant()}.png")
                : null,
        });
    }

    /// <summary>Pages photographed (full page) in every variant, for a person to look at: the chooser, the indexes, and
    /// experiment 2.1's page and side-by-side page in each language.</summary>
    public static bool IsPhotographed(string page) =>
        page is "index.html" or "404.html"
        || (page.EndsWith("/index.html", StringComparison.Ordinal) && page.Count(c => c == '/') == 1)
        || page.Contains("/2.1-statefulset/", StringComparison.Ordinal)
        || page is "zh/tags/index.html" or "en/tags/statefulset/index.html";

    /// <summary>The report of one page in one variant; the first call starts loading every page (see <see cref="ServedSite.ReportAsync"/>).</summary>
    public Task<PageReport> ReportAsync(string page, Variant variant) => Site.ReportAsync(page, variant);

    /// <summary>A page's screenshot name: <c>root</c>, <c>zh</c>, <c>zh_02-controllers_2.1-statefulset</c>, <c>…_parallel</c>.</summary>
    public static string ShotName(string page) =>
        page.Replace("/index.html", "").Replace("index.html", "root").Replace(".html", "").Replace('/', '_');

    public virtual async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }

    public Uri Url(string page) => Site.Url(page);

    public string Relative(Uri url) => Site.Relative(url);

    public Uri MapPublicUrl(Uri url) => Site.MapPublicUrl(url);

    public bool IsLocal(Uri url) => Site.IsLocal(url);

    public Task<(HttpStatusCode Status, string? Location, string? Body)> FetchAsync(Uri url) => Site.FetchAsync(url);

    public Task<IBrowserContext> NewContextAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900) =>
        Site.NewContextAsync(scheme, width, height);
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site in Chromium";
}
