using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Browser.Tests.Hostile;

/// <summary>
/// Content is untrusted: whatever an author writes in a record, a diagram or site.yaml, a reader's browser runs
/// only the site's own scripts and requests nothing from another host. Every page of <see cref="HostileSite"/>
/// is checked as served and again after its scripts (Mermaid) have run.
/// </summary>
[Collection(HostileSiteCollection.Name)]
public sealed class XssCorpusTests(HostileSiteFixture site, ITestOutputHelper output)
{
    /// <summary>
    /// What may not be in a page: script elements other than the site's own (Mermaid's two and the search's, with
    /// the search dialog's result template, inert text outside the content), inline script, event-handler
    /// attributes, URLs whose scheme is not http, https or mailto (after the characters browsers ignore are
    /// removed), embedded documents, and styles or resources that point at another host.
    /// </summary>
    private const string FindForeignMarkup = """
        () => {
          const own = new Set(['assets/vendor/mermaid/mermaid.min.js', 'assets/mermaid-init.js', 'pagefind/pagefind-component-ui.js']);
          const resultTemplate = el => el.getAttribute('type') === 'text/pagefind-template'
              && el.parentElement?.localName === 'pagefind-results' && !el.closest('main');
          const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'background', 'data', 'srcset',
                                         'cite', 'ping', 'lowsrc', 'dynsrc', 'xlink:href', 'codebase', 'manifest']);
          const embedded = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'form', 'portal', 'meta']);
          const found = [];
          const parse = text => { try { return new URL(text, location.href); } catch { return null; } };
          const describe = el => el.localName + (el.id ? '#' + el.id : '') + ' in ' + (el.closest('[id]')?.id ?? 'the page');
          for (const el of document.querySelectorAll('*')) {
            if (el.localName === 'script' && !resultTemplate(el)) {
              const url = el.hasAttribute('src') ? parse(el.getAttribute('src')) : null;
              const local = url && url.origin === location.origin;
              const path = local ? url.pathname : '';
              if (!local || ![...own].some(o => path.endsWith('/' + o)) || el.textContent.trim()) {
                found.push('a script the site did not put there: ' + el.outerHTML.slice(0, 160));
              }
            }
            const ownMeta = el.localName === 'meta' && el.parentElement === document.head
                && (!el.hasAttribute('http-equiv') || el.getAttribute('http-equiv') === 'Content-Security-Policy');
            if (embedded.has(el.localName) && !ownMeta) {
              found.push('an embedded element: ' + el.outerHTML.slice(0, 160));
            }
            for (const a of el.attributes) {
              const name = a.name.toLowerCase();
              if (name.startsWith('on')) {
                found.push(`an event handler ${name}="${a.value.slice(0, 80)}" on ${describe(el)}`);
              }
              if (urlAttributes.has(name) || name.endsWith(':href')) {
                const value = a.value.replace(/[\u0000-\u0020\u007f]/g, '');
                const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
                if (scheme && !['http', 'https', 'mailto'].includes(scheme[1].toLowerCase())) {
                  found.push(`a ${scheme[1]}: URL in ${name} on ${describe(el)}: ${a.value.slice(0, 80)}`);
                }
                if (el.localName !== 'a' && !(el.localName === 'link' && /^(canonical|alternate)$/.test(el.getAttribute('rel') ?? '')) && scheme) {
                  if (parse(value)?.origin !== location.origin) {
                    found.push(`a resource from another host in ${name} on ${describe(el)}: ${a.value.slice(0, 80)}`);
                  }
                }
              }
              if (name === 'style' && /url\s*\(\s*['"]?\s*(?!#)/i.test(a.value)) {
                found.push(`a style that loads a URL on ${describe(el)}: ${a.value.slice(0, 80)}`);
              }
            }
          }
          return found;
        }
        """;

    [Fact]
    public void The_hostile_content_builds_into_every_page()
    {
        Assert.True(site.Build.Succeeded, DiagnosticFormatter.Report(site.Build.Diagnostics, site.Build.FilesChecked));
        var records = (HostileSite.Payloads.Count + 19) / 20;
        // The hostile text is in the tags too: their pages (an index and one per tag, in each language) are checked like the rest.
        var tagPages = site.Pages.Count(p => p.Contains("/tags/", StringComparison.Ordinal));
        Assert.True(tagPages > 2, $"only {tagPages} tag pages");
        // Each record has its page and its side-by-side page (every language's text on one page) in each language;
        // then the chooser, each language's index, the tag pages, and the 404 pages (at the root and per language).
        Assert.Equal(records * 2, site.Pages.Count(p => p.EndsWith("/parallel.html", StringComparison.Ordinal)));
        Assert.Equal(1 + (2 * ((2 * records) + 1)) + tagPages + 3, site.Pages.Count);
        output.WriteLine($"{HostileSite.Payloads.Count} payloads in {records} records, {site.Pages.Count} pages, {site.Build.Diagnostics.Count} warnings");
    }

    [Fact]
    public async Task As_served_no_page_holds_markup_the_site_did_not_put_there()
    {
        var problems = await EveryPageAsync(site.Pages, withoutScripts: true, async visit =>
            [.. await visit.Page.EvaluateAsync<string[]>(FindForeignMarkup)]);

        Report.NoProblems($"{site.Pages.Count} pages", "markup as served", problems);
    }

    [Fact]
    public async Task After_the_diagrams_are_drawn_nothing_ran_and_nothing_was_requested_from_another_host()
    {
        var drawn = 0;
        var failed = new ConcurrentBag<string>();
        // Both languages hold the same payloads; the scripts run the same way on either.
        var pages = site.Pages.Where(p => !p.StartsWith("en/", StringComparison.Ordinal)).ToList();
        var problems = await EveryPageAsync(pages, withoutScripts: false, async visit =>
        {
            var diagrams = await visit.Page.EvaluateAsync<int>("() => document.querySelectorAll('pre.mermaid svg').length");
            Interlocked.Add(ref drawn, diagrams);
            foreach (var problem in visit.DiagramProblems.Where(p => p.Contains("error", StringComparison.Ordinal)))
            {
                failed.Add($"{visit.Name}: {problem}");
            }

            return
            [
                .. visit.Tripwires,
                .. visit.PageErrors.Select(e => "uncaught exception: " + e),
                .. visit.ForeignRequests.Select(r => "request to another host (blocked): " + r),
                .. await visit.Page.EvaluateAsync<string[]>(FindForeignMarkup),
            ];
        });

        output.WriteLine($"{drawn} diagrams drawn; Mermaid refused {failed.Count}:");
        foreach (var f in failed.Order(StringComparer.Ordinal))
        {
            output.WriteLine("  " + f);
        }

        Report.NoProblems($"{pages.Count} pages", "scripts and requests", problems);
        Assert.True(drawn > 0, "No diagram was drawn, so no label reached Mermaid's sanitizer.");
    }

    /// <summary>Opens the pages (two at a time) and collects what <paramref name="inspect"/> finds, prefixed by the page.</summary>
    private async Task<List<string>> EveryPageAsync(IReadOnlyList<string> pages, bool withoutScripts, Func<PageVisit, Task<List<string>>> inspect)
    {
        var found = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (page, _) =>
        {
            await using var visit = await PageVisit.OpenAsync(site, page, withoutScripts: withoutScripts);
            foreach (var problem in await inspect(visit))
            {
                found.Add($"{page}: {problem}");
            }
        });

        return [.. found.Order(StringComparer.Ordinal)];
    }
}
