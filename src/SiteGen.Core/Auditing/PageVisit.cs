using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.Auditing;

/// <summary>
/// A page opened in its own browser context, with everything the page did recorded:
/// console errors, uncaught exceptions, failed requests, HTTP errors and requests that left 127.0.0.1
/// (those are aborted, so a test can never reach the internet).
/// </summary>
public sealed class PageVisit : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageVisit(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        Page = page;
        Name = name;
    }

    public IPage Page { get; }
    /// <summary>The page's path relative to the site root, as used in messages.</summary>
    public string Name { get; }
    public List<string> ConsoleErrors { get; } = [];
    /// <summary>Calls of alert, confirm, prompt, print or open: script that the site did not write ran.</summary>
    public IEnumerable<string> Tripwires => ConsoleErrors.Where(e => e.StartsWith("tripwire: ", StringComparison.Ordinal));
    public List<string> ConsoleWarnings { get; } = [];
    public List<string> PageErrors { get; } = [];
    public List<string> FailedRequests { get; } = [];
    public List<string> ErrorResponses { get; } = [];
    public List<string> ForeignRequests { get; } = [];
    /// <summary>Diagram problems found while waiting; empty when every pre.mermaid holds a diagram.</summary>
    public List<string> DiagramProblems { get; } = [];

    /// <param name="withoutScripts">Abort every script request (fast navigation when only the HTML matters).</param>
    public static async Task<PageVisit> OpenAsync(ServedSite site, string page,
        ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900, bool withoutScripts = false)
    {
        var context = await site.NewContextAsync(scheme, width, height);
        var p = await context.NewPageAsync();
        var visit = new PageVisit(context, p, page);

        // A rejected promise whose reason is not an Error (Mermaid rejects with a plain object) reaches Playwright as
        // "uncaught exception: Object"; log the reason's text so the failure says what went wrong.
        // Tripwires: a payload that got to run calls one of these (the XSS corpus uses alert, prompt, confirm and
        // print); each call becomes a console error, which every page check fails on.
        await context.AddInitScriptAsync("""
            for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
              window[name] = (...args) => { console.error('tripwire: ' + name + '(' + args.map(String).join(', ') + ') ran'); };
            }
            window.addEventListener('unhandledrejection', e => {
              const r = e.reason;
              if (r instanceof Error) return;
              let text; try { text = (r && (r.message || r.str)) || JSON.stringify(r); } catch { text = String(r); }
              console.error('unhandled promise rejection: ' + text);
            });
            """);

        await context.RouteAsync("**/*", async route =>
        {
            // A URL .NET cannot parse is still a request the page made: it counts as leaving the site.
            var parsed = Uri.TryCreate(route.Request.Url, UriKind.Absolute, out var url);
            if (parsed && url!.Scheme is "data" or "blob" or "about")
            {
                await route.ContinueAsync();
                return;
            }
            if (!parsed || !site.IsLocal(url!))
            {
                lock (visit)
                {
                    visit.ForeignRequests.Add($"{route.Request.ResourceType} {route.Request.Url}");
                }

                await route.AbortAsync("blockedbyclient");
                return;
            }
            if (withoutScripts && route.Request.ResourceType == "script")
            {
                await route.AbortAsync("blockedbyclient");
                return;
            }
            await route.ContinueAsync();
        });

        p.Console += (_, m) =>
        {
            var where = m.Location is { Length: > 0 } loc ? $" (at {loc})" : "";
            lock (visit)
            {
                if (m.Type == "error")
                {
                    visit.ConsoleErrors.Add(m.Text + where);
                }
                else if (m.Type == "warning")
                {
                    visit.ConsoleWarnings.Add(m.Text + where);
                }
            }
        };
        p.PageError += (_, e) => { lock (visit) { visit.PageErrors.Add(e); } };
        p.RequestFailed += (_, r) =>
        {
            if (!Uri.TryCreate(r.Url, UriKind.Absolute, out var url) || !site.IsLocal(url) || withoutScripts)
            {
                return; // foreign ones are reported as such
            }

            lock (visit)
            {
                visit.FailedRequests.Add($"{r.ResourceType} {site.Relative(url)}: {r.Failure}");
            }
        };
        p.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                lock (visit)
                {
                    visit.ErrorResponses.Add($"HTTP {r.Status} for {r.Request.ResourceType} {(Uri.TryCreate(r.Url, UriKind.Absolute, out var u) ? site.Relative(u) : r.Url)}");
                }
            }
        };

        var response = await p.GotoAsync(site.Url(page).ToString(), new() { WaitUntil = WaitUntilState.Load });
        if (response is null || response.Status != 200)
        {
            visit.ErrorResponses.Add($"HTTP {response?.Status} for the page itself");
        }

        if (!withoutScripts)
        {
            await visit.WaitForDiagramsAsync();
            await p.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        }
        return visit;
    }

    private async Task WaitForDiagramsAsync()
    {
        const string allDone = """
            () => [...document.querySelectorAll('pre.mermaid')]
                  .every(p => p.getAttribute('data-processed') === 'true' || p.querySelector('svg'))
            """;
        try
        {
            await Page.WaitForFunctionAsync(allDone, null, new() { Timeout = 10_000, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
            DiagramProblems.Add("timed out after 10 s waiting for every pre.mermaid to be drawn");
        }

        // Mermaid's own error diagram is an <svg aria-roledescription="error"> with .error-icon/.error-text;
        // every Mermaid <svg> carries CSS that mentions .error-icon, so look at elements, not markup.
        // Readability: every label's colour against what is behind it (its own background, the shape of
        // its node or cluster, else the figure), WCAG contrast >= 4.5:1, in whichever scheme the page is in.
        const string inspect = """
            () => {
              const parse = c => { const m = /rgba?\(([^)]+)\)/.exec(c || ''); if (!m) return null;
                const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
              const lum = c => { const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
              const contrast = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
              const shapeFill = g => { for (const s of g.children) if (/^(rect|polygon|circle|ellipse|path)$/.test(s.localName)) {
                const f = parse(getComputedStyle(s).fill); if (f && f.a > 0.5 && parseFloat(getComputedStyle(s).fillOpacity || '1') > 0.5) return f; } return null; };
              window.unreadableLabels = (svg, frame) => {
                const frameBg = parse(getComputedStyle(frame).backgroundColor) || parse(getComputedStyle(document.body).backgroundColor);
                const out = [];
                for (const el of svg.querySelectorAll('foreignObject *, text, tspan')) {
                  const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
                  if (!own) continue;
                  const fg = parse(el instanceof SVGElement ? getComputedStyle(el).fill : getComputedStyle(el).color);
                  if (!fg) continue;
                  let bg = null;
                  for (let p = el; p && p !== svg && !bg; p = p.parentElement) {
                    if (p instanceof SVGElement) { if (p.localName === 'g') bg = shapeFill(p); }
                    else { const c = parse(getComputedStyle(p).backgroundColor); if (c && c.a > 0.5) bg = c; }
                  }
                  bg = bg || frameBg;
                  const ratio = contrast(fg, bg);
                  if (ratio < 4.5) out.push(`label "${own.slice(0, 40)}" rgb(${fg.r}, ${fg.g}, ${fg.b}) on rgb(${bg.r}, ${bg.g}, ${bg.b}): contrast ${ratio.toFixed(2)}:1 (want >= 4.5)`);
                  if (out.length >= 10) break;
                }
                return out;
              };
              // A diagram drawn at build time is a .diagram-art holding a light and a dark SVG, one of them shown;
              // one drawn in the page is a pre.mermaid that Mermaid's script filled.
              return [...document.querySelectorAll('pre.mermaid, .diagram-art')].map((pre, i) => {
                const fig = pre.closest('figure');
                const svg = pre.matches('pre') ? pre.querySelector('svg')
                  : [...pre.querySelectorAll(':scope > div > svg')].find(s => getComputedStyle(s.parentElement).display !== 'none');
                const text = [...(svg ? svg.querySelectorAll('text, foreignObject') : [pre])]
                             .map(t => t.textContent.trim()).filter(Boolean).join(' | ');
                const error = !svg ? 'no <svg> inside'
                    : svg.getAttribute('aria-roledescription') === 'error' ? 'Mermaid drew its error diagram'
                    : svg.querySelector('.error-icon, .error-text') ? 'Mermaid error elements in the diagram'
                    : /Syntax error|Parse error|Lexical error/i.test(text) ? 'error text in the diagram'
                    : null;
                const box = svg ? svg.getBoundingClientRect() : null;
                return { where: (fig && fig.id ? '#' + fig.id : 'diagram[' + i + ']'),
                         error, text: text.slice(0, 200),
                         width: box ? Math.round(box.width) : 0, height: box ? Math.round(box.height) : 0,
                         unreadable: svg && !error ? unreadableLabels(svg, fig || pre) : [] };
              });
            }
            """;
        var result = await Page.EvaluateAsync<JsonElement>(inspect);
        foreach (var d in result.EnumerateArray())
        {
            var where = d.GetProperty("where").GetString();
            if (d.GetProperty("error").GetString() is { } error)
            {
                DiagramProblems.Add($"{where}: {error}: \"{d.GetProperty("text").GetString()}\"");
            }
            else if (d.GetProperty("width").GetInt32() == 0 || d.GetProperty("height").GetInt32() == 0)
            {
                DiagramProblems.Add($"{where}: the <svg> has no size ({d.GetProperty("width")}x{d.GetProperty("height")})");
            }

            foreach (var label in d.GetProperty("unreadable").EnumerateArray())
            {
                DiagramProblems.Add($"{where}: hard to read: {label.GetString()}");
            }
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
