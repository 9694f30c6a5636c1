namespace SiteGen.Auditing;

/// <summary>What the audit runs in a page to read it (evaluated through the DevTools protocol, as readers' pages allow no inline script).</summary>
public static class PageScripts
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
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.replace(/\s+/g, ' ').slice(0, 160),
                                      summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim() }))
          }));
        }
        """;
}
