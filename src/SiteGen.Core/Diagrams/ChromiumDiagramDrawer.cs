using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.Diagrams;

/// <summary>
/// Draws diagrams in one headless Chromium (Playwright driving the given binary, never a browser of its own),
/// started on the first diagram and closed with the build: a build whose diagrams are all in the cache never
/// starts it. One page, with the pinned Mermaid script and the site's own diagram settings
/// (<c>mermaid-init.js</c>: palette, sanitizer, "strict"), draws one diagram at a time; the page may not
/// load anything. Ids are deterministic, so the same diagram always gives the same SVG.
/// </summary>
/// <param name="mermaidScript">The path of <c>mermaid.min.js</c>; read, like the other two, only when the browser starts.</param>
public sealed class ChromiumDiagramDrawer(string browserPath, string mermaidScript, string initScript, string siteCss) : IDiagramDrawer
{
    private const string Draw1 = """
        async ([id, source, dark]) => {
          const config = window.sitegenMermaid.config(dark, getComputedStyle(document.body).fontFamily);
          config.deterministicIds = true;
          config.deterministicIDSeed = id;
          config.htmlLabels = false;
          config.flowchart = Object.assign({}, config.flowchart, { htmlLabels: false });
          mermaid.initialize(config);
          const lineOf = (e) => {
            const hash = e && e.hash;
            if (hash && hash.loc && typeof hash.loc.first_line === "number") return hash.loc.first_line;
            if (hash && typeof hash.line === "number") return hash.line + 1;
            const match = /line (\d+)/i.exec(String((e && e.message) || e));
            return match ? Number(match[1]) : null;
          };
          try { await mermaid.parse(source); }
          catch (e) { return { error: String((e && e.message) || e), line: lineOf(e) }; }
          try { return { svg: (await mermaid.render(id, source, document.getElementById("host"))).svg }; }
          catch (e) { return { error: String((e && e.message) || e), line: lineOf(e) }; }
        }
        """;

    private readonly object _gate = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    public DrawnDiagram Draw(string id, string source, bool dark)
    {
        lock (_gate)
        {
            var page = _page ??= Open();
            var result = page.EvaluateAsync<JsonElement>(Draw1, new object[] { id, source, dark }).GetAwaiter().GetResult();
            if (result.TryGetProperty("svg", out var svg) && svg.ValueKind == JsonValueKind.String)
            {
                return new DrawnDiagram(svg.GetString(), null);
            }

            var message = result.TryGetProperty("error", out var error) ? error.GetString() ?? "" : "Mermaid gave no drawing.";
            var line = result.TryGetProperty("line", out var at) && at.ValueKind == JsonValueKind.Number ? at.GetInt32() : (int?)null;
            return new DrawnDiagram(null, new DiagramError(message, line));
        }
    }

    private IPage Open()
    {
        _playwright = Playwright.CreateAsync().GetAwaiter().GetResult();
        _browser = _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = browserPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-gpu", "--font-render-hinting=none"],
        }).GetAwaiter().GetResult();
        var page = _browser.NewPageAsync().GetAwaiter().GetResult();
        page.RouteAsync("**", route => route.AbortAsync()).GetAwaiter().GetResult();
        page.SetContentAsync($"<!doctype html><html><head><meta charset=\"utf-8\"><style>{File.ReadAllText(siteCss)}</style></head><body><div id=\"host\"></div></body></html>")
            .GetAwaiter().GetResult();
        page.AddScriptTagAsync(new() { Content = File.ReadAllText(mermaidScript) }).GetAwaiter().GetResult();
        page.EvaluateAsync("() => { window.sitegenPrerendering = true; }").GetAwaiter().GetResult();
        page.AddScriptTagAsync(new() { Content = File.ReadAllText(initScript) }).GetAwaiter().GetResult();
        page.EvaluateAsync("() => document.fonts.ready.then(() => true)").GetAwaiter().GetResult();
        return page;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _browser?.CloseAsync().GetAwaiter().GetResult();
            _playwright?.Dispose();
            _page = null;
            _browser = null;
            _playwright = null;
        }
    }
}
