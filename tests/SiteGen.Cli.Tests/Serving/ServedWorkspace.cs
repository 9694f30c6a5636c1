using System.Net;
using SiteGen.Building;
using SiteGen.Cli.Serving;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests.Serving;

/// <summary>A copy of the sample project built once and served by the dev server on a free port of 127.0.0.1.</summary>
internal sealed class ServedWorkspace : IAsyncDisposable
{
    private ServedWorkspace(Workspace workspace, DevServer server)
    {
        Workspace = workspace;
        Server = server;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Workspace Workspace { get; }

    public DevServer Server { get; }

    public HttpClient Http { get; }

    /// <param name="cache">The build cache: shared by the tests of a class, it keeps compiled templates between them.</param>
    public static async Task<ServedWorkspace> StartAsync(string cache)
    {
        var workspace = Workspace.OfRepository();
        var options = new BuildOptions(workspace.Content, workspace.Templates, workspace.Site, BuildOptions.DefaultVendorDirectory, new PathDisplay(workspace.Root), cache);
        var site = new LiveSite(options);
        Assert.True(site.BuildNow().Succeeded);
        return new ServedWorkspace(workspace, await DevServer.StartAsync(site, IPAddress.Loopback, 0));
    }

    /// <summary>Listens to the server's build events, as an open page does.</summary>
    public Task<EventStream> ListenAsync() => EventStream.OpenAsync(Http, DevServer.ToolPrefix + "events");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Workspace.Dispose();
    }
}

/// <summary>A build cache folder for the tests of one class.</summary>
public sealed class SharedCache : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("sitegen-cache-").FullName;

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
