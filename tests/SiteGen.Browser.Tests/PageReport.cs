using System.Text.Json;

namespace SiteGen.Browser.Tests;

/// <summary>How a page is looked at: colour scheme and viewport width.</summary>
public enum Variant { Light, Dark, Narrow }

public static class Variants
{
    public static ColorScheme Scheme(this Variant v) => v == Variant.Dark ? ColorScheme.Dark : ColorScheme.Light;
    public static int Width(this Variant v) => v == Variant.Narrow ? 375 : 1280;
    public static int Height(this Variant v) => v == Variant.Narrow ? 812 : 900;
    public static string Describe(this Variant v) => v switch
    {
        Variant.Light => "light, 1280px",
        Variant.Dark => "dark, 1280px",
        _ => "light, 375px",
    };
}

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes)
{
    public override string ToString() => $"{Id} ({Impact}): {Help}\n" + string.Join("\n", Nodes.Select(n => "    " + n));
}

/// <summary>
/// Everything the checks need from one load of one page in one variant. Pages with Mermaid take ~2.5 s to load
/// (mermaid.min.js is 5.5 MB of JS), so each (page, variant) is loaded once and every check reads this report.
/// </summary>
public sealed class PageReport
{
    public required string Page { get; init; }
    public required Variant Variant { get; init; }
    public required List<string> DiagramProblems { get; init; }
    public required List<string> ConsoleErrors { get; init; }
    public required List<string> ConsoleWarnings { get; init; }
    public required List<string> PageErrors { get; init; }
    public required List<string> FailedRequests { get; init; }
    public required List<string> ErrorResponses { get; init; }
    public required List<string> ForeignRequests { get; init; }
    /// <summary>[{tag, attr, raw, url}] for a[href], link[href], script[src], img[src], ...</summary>
    public required JsonElement References { get; init; }
    /// <summary>{lang, robots, canonical: [href], alternates: [{hreflang, href}]}</summary>
    public required JsonElement Head { get; init; }
    public required string Background { get; init; }
    public required string TextColour { get; init; }
    public required int ScrollWidth { get; init; }
    public required int ClientWidth { get; init; }
    public required List<string> Overflowing { get; init; }
    public required List<AxeViolation> Axe { get; init; }
    public string? Screenshot { get; init; }

    public static async Task<PageReport> InspectAsync(SiteFixture site, string page, Variant variant, string? screenshotPath)
    {
        await using var visit = await PageVisit.OpenAsync(site, page, variant.Scheme(), variant.Width(), variant.Height());
        var p = visit.Page;

        if (screenshotPath is not null)
        {
            await p.ScreenshotAsync(new() { Path = screenshotPath, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        }

        var references = await p.EvaluateAsync<JsonElement>(Scripts.References);
        var head = await p.EvaluateAsync<JsonElement>(Scripts.Head);
        var colours = await p.EvaluateAsync<string[]>(Scripts.Colours);
        var overflow = await p.EvaluateAsync<JsonElement>(Scripts.Overflow);

        // Evaluated through the DevTools protocol rather than added as a <script>: the page's Content-Security-Policy
        // (script-src 'self') would refuse an inline script, and the checks must see the page as readers do.
        await p.EvaluateAsync("source => (0, eval)(source)", site.AxeSource);
        var axe = await p.EvaluateAsync<JsonElement>(Scripts.Axe);

        // Snapshot the lists: the page's event handlers must not change them after this point.
        lock (visit)
        {
            return new PageReport
            {
                Page = page,
                Variant = variant,
                DiagramProblems = [.. visit.DiagramProblems],
                ConsoleErrors = [.. visit.ConsoleErrors],
                ConsoleWarnings = [.. visit.ConsoleWarnings],
                PageErrors = [.. visit.PageErrors],
                FailedRequests = [.. visit.FailedRequests],
                ErrorResponses = [.. visit.ErrorResponses],
                ForeignRequests = [.. visit.ForeignRequests],
                References = references.Clone(),
                Head = head.Clone(),
                Background = colours[0],
                TextColour = colours[1],
                ScrollWidth = overflow.GetProperty("scrollWidth").GetInt32(),
                ClientWidth = overflow.GetProperty("clientWidth").GetInt32(),
                Overflowing = [.. overflow.GetProperty("offenders").EnumerateArray().Select(o => o.GetString()!)],
                Axe = [.. axe.EnumerateArray().Select(v => new AxeViolation(
                    v.GetProperty("id").GetString()!,
                    v.GetProperty("impact").GetString() ?? "unknown",
                    v.GetProperty("help").GetString()!,
                    [.. v.GetProperty("nodes").EnumerateArray().Select(n =>
                        $"{n.GetProperty("target").GetString()}: {n.GetProperty("summary").GetString()}\n      {n.GetProperty("html").GetString()}")]))],
                Screenshot = screenshotPath,
            };
        }
    }

    internal static class Scripts
    {
        /// <summary>Links inside a drawn diagram (the index's learning path) count too: an SVG link's URL is its href or xlink:href.</summary>
        public const string References = """
            () => [...new Set(document.querySelectorAll('a[href], link[href], script[src], img[src], source[src], iframe[src], svg a'))]
                  .map(e => {
                      if (e instanceof SVGElement) {
                          const raw = e.getAttribute('href') ?? e.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
                          return raw === null ? null : { tag: 'a', attr: 'xlink:href', raw, url: new URL(raw, document.baseURI).href };
                      }
                      const attr = e.hasAttribute('href') ? 'href' : 'src';
                      const tag = e.localName + (e.localName === 'link' ? '[rel=' + e.rel + ']' : '');
                      return { tag, attr, raw: e.getAttribute(attr), url: e[attr] };
                  })
                  .filter(r => r !== null)
            """;

        public const string Head = """
            () => ({
              lang: document.documentElement.lang,
              robots: document.querySelector('meta[name=robots]')?.content ?? '',
              canonical: [...document.querySelectorAll('link[rel=canonical]')].map(l => l.getAttribute('href')),
              alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')]
                          .map(l => ({ hreflang: l.hreflang, href: l.getAttribute('href') }))
            })
            """;

        /// <summary>The first opaque background of body, html, or else the canvas colour; and the body text colour.</summary>
        public const string Colours = """
            () => {
              const opaque = c => c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
              let bg = [document.body, document.documentElement].map(e => getComputedStyle(e).backgroundColor).find(opaque);
              if (!bg) { const t = document.createElement('div'); t.style.background = 'Canvas'; document.body.append(t);
                         bg = getComputedStyle(t).backgroundColor; t.remove(); }
              return [bg, getComputedStyle(document.body).color];
            }
            """;

        /// <summary>scrollWidth vs clientWidth, and the outermost elements that stick out past the right edge
        /// (elements inside a scroll container do not count: they scroll there, not the page).</summary>
        public const string Overflow = """
            () => {
              const de = document.documentElement, cw = de.clientWidth;
              const out = { scrollWidth: de.scrollWidth, clientWidth: cw, offenders: [] };
              if (de.scrollWidth <= cw) return out;
              const clipped = el => {
                for (let p = el.parentElement; p && p !== document.body && p !== de; p = p.parentElement)
                  if (getComputedStyle(p).overflowX !== 'visible') return true;
                return false;
              };
              const name = el => el.localName + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
              const path = el => { const parts = []; for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e)); return parts.join(' > '); };
              const seen = new Set();
              for (const el of document.body.querySelectorAll('*')) {
                if (el.closest('svg') && el.localName !== 'svg') continue;
                const b = el.getBoundingClientRect();
                if (b.right <= cw + 0.5 || clipped(el)) continue;
                let parentOffends = false;
                for (let p = el.parentElement; p; p = p.parentElement) if (seen.has(p)) { parentOffends = true; break; }
                seen.add(el);
                if (parentOffends) continue;
                out.offenders.push(`${path(el)}: right edge at ${Math.round(b.right)}px, width ${Math.round(b.width)}px` +
                  ` ("${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60)}")`);
                if (out.offenders.length >= 15) break;
              }
              return out;
            }
            """;

        public const string Axe = """
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.replace(/\s+/g, ' ').slice(0, 160),
                                          summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim() }))
              }));
            }
            """;
    }
}
