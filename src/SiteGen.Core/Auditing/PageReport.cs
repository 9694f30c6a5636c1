using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.Auditing;

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

    public static async Task<PageReport> InspectAsync(ServedSite site, string page, Variant variant, string? screenshotPath)
    {
        await using var visit = await PageVisit.OpenAsync(site, page, variant.Scheme(), variant.Width(), variant.Height());
        var p = visit.Page;

        if (screenshotPath is not null)
        {
            await p.ScreenshotAsync(new() { Path = screenshotPath, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        }

        var references = await p.EvaluateAsync<JsonElement>(PageScripts.References);
        var head = await p.EvaluateAsync<JsonElement>(PageScripts.Head);
        var colours = await p.EvaluateAsync<string[]>(PageScripts.Colours);
        var overflow = await p.EvaluateAsync<JsonElement>(PageScripts.Overflow);

        // Evaluated through the DevTools protocol rather than added as a <script>: the page's Content-Security-Policy
        // (script-src 'self') would refuse an inline script, and the checks must see the page as readers do.
        await p.EvaluateAsync("source => (0, eval)(source)", site.AxeSource);
        var axe = await p.EvaluateAsync<JsonElement>(PageScripts.Axe);

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
                    v.GetProperty("helpUrl").GetString() ?? "",
                    [.. v.GetProperty("nodes").EnumerateArray().Select(n =>
                        $"{n.GetProperty("target").GetString()}: {n.GetProperty("summary").GetString()}\n      {n.GetProperty("html").GetString()}")]))],
                Screenshot = screenshotPath,
            };
        }
    }
}
