using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Cli.Serving;

namespace SiteGen.Cli.Tests.Serving;

/// <summary>
/// <c>sitegen serve</c>'s server: what it serves, what it refuses, and what it tells open pages after each
/// save. Each test serves its own copy of the sample project and edits it as an author would.
/// </summary>
public sealed class DevServerTests(SharedCache cache) : IAsyncLifetime, IClassFixture<SharedCache>
{
    private const string Record = "content/experiments/02-controllers/2.1-statefulset.yaml";
    private const string Page = "en/02-controllers/2.1-statefulset/index.html";
    private const string Title = "StatefulSet: stateful applications";

    private ServedWorkspace _served = null!;

    public async Task InitializeAsync() => _served = await ServedWorkspace.StartAsync(cache.Directory);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task A_page_goes_out_with_the_live_script_but_the_built_file_never_holds_it()
    {
        using var response = await _served.Http.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<script src=\"/__sitegen/live.js?v=1\"></script>\n</body>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("__sitegen", File.ReadAllText(_served.Workspace.PathOf("site/" + Page)), StringComparison.Ordinal);

        using var script = await _served.Http.GetAsync("__sitegen/live.js");
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("new EventSource(\"/__sitegen/events\")", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_file_is_answered_with_304_and_a_changed_one_in_full()
    {
        const string mermaid = "assets/vendor/mermaid/mermaid.min.js";
        using var first = await _served.Http.GetAsync(mermaid);
        var tag = first.Headers.ETag!;
        var page = (await _served.Http.GetAsync(Page)).Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, mermaid) { Headers = { IfNoneMatch = { tag } } };
        using var revalidated = await _served.Http.SendAsync(again);
        await using var events = await _served.ListenAsync();
        await events.NextAsync();
        _served.Workspace.Edit(Record, Title, "StatefulSet: pods with names");
        await events.NextAsync();
        using var pageAgain = new HttpRequestMessage(HttpMethod.Get, Page) { Headers = { IfNoneMatch = { page } } };
        using var changed = await _served.Http.SendAsync(pageAgain);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(page, changed.Headers.ETag);
        Assert.Contains("StatefulSet: pods with names", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_is_its_index_page_and_without_its_slash_redirects_to_it()
    {
        using var folder = await _served.Http.GetAsync("en/02-controllers/2.1-statefulset/");
        using var bare = await _served.Http.GetAsync("en/02-controllers/2.1-statefulset?x=1");

        Assert.Contains($"<title>2.1 {Title}", await folder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/en/02-controllers/2.1-statefulset/?x=1", bare.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("en/02-controllers/2.1-statefulset/report.md", "text/markdown; charset=utf-8")]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    public async Task Text_files_say_they_are_utf8(string path, string type)
    {
        using var response = await _served.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("__sitegen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/en/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/en/..%5c..%5csecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/" + SiteGen.Output.OutputManifest.FileName)]
    [InlineData("/en%00/index.html")]
    public async Task A_path_that_leaves_the_site_or_names_a_hidden_file_is_not_served(string path)
    {
        // Sent as written, byte for byte: HttpClient would normalise the dots away before sending.
        File.WriteAllText(_served.Workspace.PathOf("secret.txt"), "the author's secret");
        var response = await RawGetAsync(_served.Server.Address, path);

        Assert.DoesNotContain("the author's secret", response, StringComparison.Ordinal);
        Assert.Matches(@"^HTTP/1\.1 (400|404) ", response);
    }

    [Fact]
    public async Task Only_reading_is_allowed()
    {
        using var response = await _served.Http.PostAsync(Page, new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Saving_a_record_rebuilds_it_and_tells_open_pages_which_files_changed()
    {
        await using var events = await _served.ListenAsync();
        var first = await events.NextAsync();
        Assert.Equal(("state", 1, true), (first.Name, first.Version, first.Succeeded));

        _served.Workspace.Edit(Record, Title, "StatefulSet: pods with names");

        var build = await events.NextAsync();
        Assert.Equal(("build", 2, true), (build.Name, build.Version, build.Succeeded));
        Assert.Contains(Page, build.Changed);
        Assert.Contains("en/02-controllers/2.1-statefulset/report.md", build.Changed);
        Assert.DoesNotContain(build.Changed, f => f.StartsWith("zh/02-controllers/2.2", StringComparison.Ordinal));
        Assert.Contains("<title>2.1 StatefulSet: pods with names", await _served.Http.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.Contains("live.js?v=2", await _served.Http.GetStringAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_with_an_error_sends_its_diagnostics_and_the_last_good_site_stays_served_until_it_is_fixed()
    {
        await using var events = await _served.ListenAsync();
        await events.NextAsync();

        _served.Workspace.Edit(Record, "date: 2024-01-15", "date: 2024-13-45");

        var failed = await events.NextAsync();
        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Errors.EnumerateArray());
        Assert.EndsWith("2.1-statefulset.yaml", error.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal((7, "error"), (error.GetProperty("line").GetInt32(), error.GetProperty("severity").GetString()));
        Assert.Contains("2024-13-45", error.GetProperty("frame").GetString(), StringComparison.Ordinal);
        Assert.Contains($"<title>2.1 {Title}", await _served.Http.GetStringAsync(Page), StringComparison.Ordinal);

        _served.Workspace.Edit(Record, "date: 2024-13-45", "date: 2024-01-16");

        var fixedBuild = await events.NextAsync();
        Assert.True(fixedBuild.Succeeded);
        Assert.Empty(fixedBuild.Errors.EnumerateArray());
    }

    [Fact]
    public async Task A_deleted_record_s_pages_are_gone_and_the_not_found_page_waits_for_them()
    {
        await using var events = await _served.ListenAsync();
        await events.NextAsync();

        File.Delete(_served.Workspace.PathOf(Record));

        var build = await events.NextAsync();
        Assert.True(build.Succeeded);
        Assert.Contains(Page, build.Changed);
        using var response = await _served.Http.GetAsync(Page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<meta name=\"sitegen-missing\" content=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("/__sitegen/live.js?v=2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_s_scratch_file_does_not_rebuild_but_the_save_after_it_does()
    {
        await using var events = await _served.ListenAsync();
        await events.NextAsync();

        _served.Workspace.Write("content/experiments/02-controllers/.2.1-statefulset.yaml.swp", "vim");
        _served.Workspace.Write("content/experiments/02-controllers/2.1-statefulset.yaml~", "backup");
        _served.Workspace.Edit(Record, Title, "StatefulSet: saved");

        var build = await events.NextAsync();
        Assert.Equal(2, build.Version);
        await Task.Delay(ContentWatcher.Quiet * 10);
        Assert.Equal(2, _served.Server.Site.State.Version);
    }

    [Theory]
    [InlineData(".2.1-statefulset.yaml.swp", true)]
    [InlineData("4913", true)]
    [InlineData("#site.yaml#", true)]
    [InlineData(".#site.yaml", true)]
    [InlineData("site.yaml~", true)]
    [InlineData("site.yaml", false)]
    [InlineData("2.1-statefulset.yaml", false)]
    public void Editor_scratch_files_are_known_by_name(string name, bool scratch) =>
        Assert.Equal(scratch, ContentWatcher.IsEditorScratch(Path.Combine("content", name)));

    [Fact]
    public async Task A_burst_of_saves_costs_at_most_two_builds_and_the_last_sees_the_last_save()
    {
        var site = _served.Server.Site;
        var builds = 0;
        site.Built += (_, _, _) => Interlocked.Increment(ref builds);

        for (var i = 0; i < 20; i++)
        {
            site.RequestBuild();
        }

        await site.Idle();
        Assert.InRange(builds, 1, 2);
    }

    private static async Task<string> RawGetAsync(Uri server, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
