using System.Net;
using SiteGen.Building;
using SiteGen.Cli.Serving;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Browser.Tests.Live;

/// <summary>
/// <c>sitegen serve</c> in Chromium, as an author uses it: the page open in the browser follows every save,
/// shows the errors of a broken record over the last good page, and comes back when the record is fixed.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LiveReloadTests(SiteFixture browser) : IAsyncLifetime
{
    private const string Record = "content/experiments/02-controllers/2.1-statefulset.yaml";
    private const string Page = "en/02-controllers/2.1-statefulset/";
    // Not 2.2 in English: its pager names 2.1 by its English title.
    private const string Other = "zh/02-controllers/2.2-deployment-rolling-update/";
    private const string Title = "StatefulSet: stateful applications";
    private static readonly PageWaitForFunctionOptions Soon = new() { Timeout = 20_000, PollingInterval = 50 };

    private readonly Workspace _workspace = Workspace.OfRepository();
    private readonly string _cache = Directory.CreateTempSubdirectory("sitegen-cache-").FullName;
    private DevServer _server = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        var site = new LiveSite(new BuildOptions(
            _workspace.Content, _workspace.Templates, _workspace.Site, BuildOptions.DefaultVendorDirectory, new PathDisplay(_workspace.Root), _cache));
        Assert.True(site.BuildNow().Succeeded);
        _server = await DevServer.StartAsync(site, IPAddress.Loopback, 0);
        _context = await browser.Browser.NewContextAsync();
    }

    [Fact]
    public async Task A_saved_edit_shows_without_a_manual_reload_and_only_on_the_pages_it_changed()
    {
        var page = await OpenAsync(Page);
        var other = await OpenAsync(Other);

        _workspace.Edit(Record, Title, "StatefulSet: pods with names");

        await page.WaitForFunctionAsync("() => document.title.startsWith('2.1 StatefulSet: pods with names')", null, Soon);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__untouched === undefined"), "the edited page was reloaded");
        await Task.Delay(500);
        Assert.True(await other.EvaluateAsync<bool>("() => window.__untouched === true"), "a page the edit did not change was reloaded");
    }

    [Fact]
    public async Task A_broken_record_shows_its_error_over_the_page_until_it_is_fixed()
    {
        var page = await OpenAsync(Page);

        _workspace.Edit(Record, "date: 2024-01-15", "date: 2024-13-45");

        await page.WaitForFunctionAsync("() => document.querySelector('sitegen-overlay') !== null", null, Soon);
        var dialog = page.Locator("sitegen-overlay [role=alertdialog]");
        Assert.Equal("SiteGen: 1 error", await dialog.Locator("h2").TextContentAsync());
        var frame = await dialog.Locator("pre.diagnostic").TextContentAsync() ?? "";
        Assert.Contains("2.1-statefulset.yaml(7,7): error SG0104", frame, StringComparison.Ordinal);
        Assert.Contains("2024-13-45", frame, StringComparison.Ordinal);
        Assert.True(await dialog.Locator("button").EvaluateAsync<bool>("b => b === b.getRootNode().activeElement"), "Close does not have the focus");
        Assert.StartsWith("2.1 " + Title, await page.TitleAsync(), StringComparison.Ordinal); // the last good page, under the overlay

        _workspace.Edit(Record, "date: 2024-13-45", "date: 2024-01-16");

        await page.WaitForFunctionAsync("() => document.querySelector('sitegen-overlay') === null && window.__untouched === undefined", null, Soon);
    }

    [Fact]
    public async Task The_overlay_closes_with_Escape()
    {
        var page = await OpenAsync(Page);
        _workspace.Edit(Record, "date: 2024-01-15", "date: 2024-13-45");
        await page.WaitForFunctionAsync("() => document.querySelector('sitegen-overlay') !== null", null, Soon);

        await page.Keyboard.PressAsync("Escape");

        Assert.Equal(0, await page.Locator("sitegen-overlay").CountAsync());
    }

    [Fact]
    public async Task A_page_that_is_not_there_yet_appears_once_a_save_writes_it()
    {
        const string added = "content/experiments/02-controllers/2.3-daemonset.yaml";
        var page = await OpenAsync("en/02-controllers/2.3-daemonset/");
        Assert.Equal("Not found", await page.TitleAsync());

        var record = File.ReadAllText(_workspace.PathOf(Record))
            .Replace("id: \"2.1\"", "id: \"2.3\"", StringComparison.Ordinal)
            .Replace("slug: statefulset", "slug: daemonset", StringComparison.Ordinal)
            .Replace(Title, "DaemonSet: a pod on every node", StringComparison.Ordinal);
        _workspace.Write(added, record);

        await page.WaitForFunctionAsync("() => document.title.startsWith('2.3 DaemonSet: a pod on every node')", null, Soon);
    }

    /// <summary>Opens a served page and marks it, so a reload (which drops the mark) can be told from an update in place.</summary>
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await _context.NewPageAsync();
        var connected = page.WaitForRequestAsync(r => r.Url.EndsWith("/__sitegen/events", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(_server.Address, path).ToString());
        await connected;
        await page.EvaluateAsync("() => { window.__untouched = true; }");
        return page;
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _server.DisposeAsync();
        _workspace.Dispose();
        Directory.Delete(_cache, recursive: true);
    }
}
