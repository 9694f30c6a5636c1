using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Building;

namespace SiteGen.Cli.Serving;

/// <summary>
/// <c>sitegen serve</c>'s web server (Kestrel, in-process): serves the output folder, injects the live-reload
/// script into HTML as it goes out (never into the files), and tells open pages about every build over
/// server-sent events. Pages reload when a file they show changed; while the content has errors they show
/// the diagnostics over the last good site.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    public const string ToolPrefix = "/__sitegen/";
    private static readonly byte[] LiveScript = ReadLiveScript();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication _app;
    private readonly LiveSite _site;
    private readonly ContentWatcher _watcher;
    private readonly List<Channel<LiveState>> _listeners = [];
    private readonly Lock _listenersGate = new();

    private DevServer(WebApplication app, LiveSite site)
    {
        _app = app;
        _site = site;
        _site.Built += (state, _, _) => Broadcast(state);
        _watcher = new ContentWatcher([site.Options.ContentDirectory, site.Options.TemplatesDirectory], site.RequestBuild);
    }

    /// <summary>Where the site is served, ending in a slash: http://127.0.0.1:1313/</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Completes when the server is asked to stop (Ctrl+C, SIGTERM, or <see cref="DisposeAsync"/>).</summary>
    public Task Stopping
    {
        get
        {
            var stopping = new TaskCompletionSource();
            _app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
            return stopping.Task;
        }
    }

    public LiveSite Site => _site;

    /// <summary>Starts serving <paramref name="site"/> (already built once) on <paramref name="host"/>:<paramref name="port"/> (0: any free port).</summary>
    public static async Task<DevServer> StartAsync(LiveSite site, IPAddress host, int port, CancellationToken stopping = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(host, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Ctrl+C and SIGTERM are the command line's to handle (its cancellation token): the host's console
        // lifetime would handle them a second time, and waits in its process-exit handler for the host.
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        var app = builder.Build();
        var server = new DevServer(app, site);
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync(stopping).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "[::1]", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    private Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        // Revalidate every time (a save changes files under the same names), but answer an unchanged file
        // with 304: a reload then does not fetch and compile Mermaid's 5.5 MB again.
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        var path = request.Path.Value ?? "/";
        if (path.StartsWith(ToolPrefix, StringComparison.Ordinal))
        {
            return path[ToolPrefix.Length..] switch
            {
                "live.js" => WriteAsync(response, "text/javascript; charset=utf-8", LiveScript),
                "events" => EventsAsync(context),
                _ => NotFoundAsync(context),
            };
        }

        var (kind, file) = SiteFiles.Resolve(_site.Options.OutputDirectory, path);
        switch (kind)
        {
            case Resolution.AddSlash:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = path + "/" + request.QueryString;
                return Task.CompletedTask;
            case Resolution.File:
                return ServeFileAsync(context, file!);
            default:
                return NotFoundAsync(context);
        }
    }

    private async Task ServeFileAsync(HttpContext context, string file)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Removed by the build that is committing right now: the page reloads once it is done.
            await NotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        var type = SiteFiles.ContentType(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(WithLiveScript(Encoding.UTF8.GetString(bytes), _site.State.Version));
        }

        await WriteAsync(context.Response, type, bytes).ConfigureAwait(false);
    }

    /// <summary>The page with the live-reload script before its closing body tag; the version tells the script which build the page came from.</summary>
    public static string WithLiveScript(string html, int version)
    {
        var tag = $"<script src=\"{ToolPrefix}live.js?v={version}\"></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html.Insert(end, tag + "\n");
    }

    private Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var path = WebUtility.HtmlEncode(context.Request.Path.Value ?? "/");
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="sitegen-missing" content="true"><title>Not found</title></head>
            <body><main><h1>Not found</h1><p>The site has no page at <code>{path}</code> (yet). It reloads by itself when a build writes one.</p>
            <p><a href="/">Go to the start page</a></p></main></body></html>
            """;
        return WriteAsync(context.Response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(WithLiveScript(html, _site.State.Version)));
    }

    private static async Task WriteAsync(HttpResponse response, string type, byte[] bytes)
    {
        var tag = $"\"{System.IO.Hashing.XxHash64.HashToUInt64(bytes):x16}\"";
        response.Headers.ETag = tag;
        if (response.StatusCode == StatusCodes.Status200OK && response.HttpContext.Request.Headers.IfNoneMatch.Contains(tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method))
        {
            await response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
    }

    /// <summary>Server-sent events: the current state at once, then one event per build, and a comment every 15 s to keep proxies from closing the stream.</summary>
    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        var channel = Channel.CreateBounded<LiveState>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_listenersGate)
        {
            _listeners.Add(channel);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            await response.WriteAsync("retry: 500\n\n", stop.Token).ConfigureAwait(false);
            await SendAsync(response, "state", _site.State, stop.Token).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                var waiting = channel.Reader.WaitToReadAsync(stop.Token).AsTask();
                if (await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(15), stop.Token)).ConfigureAwait(false) != waiting)
                {
                    await response.WriteAsync(": still here\n\n", stop.Token).ConfigureAwait(false);
                    await response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
                    continue;
                }

                if (!await waiting.ConfigureAwait(false))
                {
                    break;
                }

                while (channel.Reader.TryRead(out var state))
                {
                    await SendAsync(response, "build", state, stop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            lock (_listenersGate)
            {
                _listeners.Remove(channel);
            }
        }
    }

    private static async Task SendAsync(HttpResponse response, string name, LiveState state, CancellationToken cancel)
    {
        await response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(state, Json)}\n\n", cancel).ConfigureAwait(false);
        await response.Body.FlushAsync(cancel).ConfigureAwait(false);
    }

    private void Broadcast(LiveState state)
    {
        lock (_listenersGate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(state);
            }
        }
    }

    private static byte[] ReadLiveScript()
    {
        using var stream = typeof(DevServer).Assembly.GetManifestResourceStream("SiteGen.Cli.Serving.live.js")
            ?? throw new InvalidOperationException("live.js is not embedded in SiteGen.Cli.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Stops watching and serving; a build in progress finishes first.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _site.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>A host lifetime that leaves signals alone: the command line's cancellation stops the server.</summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
