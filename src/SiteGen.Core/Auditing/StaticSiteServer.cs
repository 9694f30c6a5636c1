using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.Auditing;

/// <summary>
/// Serves a built site folder on http://127.0.0.1:{free port}/ with Kestrel, in-process, under the path the site is
/// published at (<c>/notes/</c> for <c>https://user.github.io/notes/</c>, so links that start at that path work).
/// "/" and "/zh/" serve the folder's index.html; "/zh" redirects to "/zh/" (as most static hosts do).
/// Dot-files (.sitegen-output) are not served. A missing address gets the nearest 404.html, with status 404.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Ends with a slash, e.g. http://127.0.0.1:41234/ or http://127.0.0.1:41234/notes/</summary>
    public Uri BaseAddress { get; }

    /// <param name="pathBase">The path the site is served under: "/" (the default) or "/notes/".</param>
    public static async Task<StaticSiteServer> StartAsync(string root, string pathBase = "/")
    {
        root = Path.GetFullPath(root);
        var prefix = "/" + pathBase.Trim('/');
        var under = prefix == "/" ? PathString.Empty : new PathString(prefix);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0)); // 0 = free port

        var app = builder.Build();
        var files = new PhysicalFileProvider(root);

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".md"] = "text/markdown; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".png"] = "image/png";
        foreach (var text in new[] { ".txt", ".yaml", ".yml", ".sh", ".conf", ".toml", ".ini" })
        {
            types.Mappings[text] = "text/plain; charset=utf-8";
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = under, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = under,
            ContentTypeProvider = types,
            // Anything else (Pagefind's index chunks, a record's resource files of any type) is served as static
            // hosts serve an unknown type: as bytes to download.
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            // No caching between page loads: each check sees what is on disk now.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-store",
        });

        // A missing address gets the nearest 404.html up its folders, with status 404, as Cloudflare Pages does
        // (GitHub Pages and Netlify serve the root one): the 404 pages are tested where readers meet them.
        app.Run(async context =>
        {
            var path = context.Request.Path.StartsWithSegments(under, out var rest) ? rest.Value ?? "/" : "/";
            var folders = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            folders = path.EndsWith('/') ? folders : folders[..^Math.Min(1, folders.Length)];
            var page = Enumerable.Range(0, folders.Length + 1).Reverse()
                .Select(depth => files.GetFileInfo(string.Concat(folders.Take(depth).Select(f => f + "/")) + "404.html"))
                .FirstOrDefault(f => f.Exists && !f.IsDirectory);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.Headers.CacheControl = "no-store";
            if (page is not null)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(page);
            }
        });

        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + under + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
