namespace SiteGen.Auditing;

/// <summary>
/// The checks that read one page's <see cref="PageReport"/>. Each returns its problems, one line (or block) each,
/// naming the offending element or message; an empty list is a pass.
/// </summary>
public static class PageChecks
{
    /// <summary>Every Mermaid block became an <c>&lt;svg&gt;</c> without error text, with labels at 4.5:1 or more.</summary>
    public static IReadOnlyList<string> Diagrams(PageReport r) => r.DiagramProblems;

    /// <summary>No console errors, uncaught exceptions, failed requests, HTTP errors or requests to another host.</summary>
    public static IReadOnlyList<string> Load(PageReport r) =>
    [
        .. r.ConsoleErrors.Select(e => "console error: " + e),
        .. r.PageErrors.Select(e => "uncaught exception: " + e),
        .. r.FailedRequests.Select(e => "failed request: " + e),
        .. r.ErrorResponses,
        .. r.ForeignRequests.Select(e => "request to another host (blocked): " + e),
    ];

    /// <summary>Nothing scrolls horizontally (read from the <see cref="Variant.Narrow"/> report: 375 px).</summary>
    public static IReadOnlyList<string> Overflow(PageReport narrow) =>
        narrow.ScrollWidth <= narrow.ClientWidth
            ? []
            : [$"document.documentElement.scrollWidth {narrow.ScrollWidth} > clientWidth {narrow.ClientWidth}",
               .. narrow.Overflowing.Select(o => "sticks out: " + o)];

    /// <summary>Dark mode has a dark background and light mode a light one, body text at 7:1 or more on it in both.</summary>
    public static IReadOnlyList<string> ColourScheme(PageReport dark, PageReport light)
    {
        var problems = new List<string>();
        foreach (var r in new[] { dark, light })
        {
            var bg = Colour.Parse(r.Background);
            var l = Colour.Luminance(bg);
            var contrast = Colour.Contrast(Colour.Parse(r.TextColour), bg);
            if (r.Variant == Variant.Dark && l > 0.1)
            {
                problems.Add(FormattableString.Invariant($"dark scheme: body background {r.Background} has luminance {l:0.000} (want <= 0.1)"));
            }

            if (r.Variant != Variant.Dark && l < 0.5)
            {
                problems.Add(FormattableString.Invariant($"light scheme: body background {r.Background} has luminance {l:0.000} (want >= 0.5)"));
            }

            if (contrast < 7)
            {
                problems.Add(FormattableString.Invariant($"{r.Variant}: body text {r.TextColour} on {r.Background} has contrast {contrast:0.0}:1 (want >= 7)"));
            }
        }

        return problems;
    }

    /// <summary>axe-core finds no serious or critical violation (moderate and minor ones do not fail).</summary>
    public static IReadOnlyList<string> Axe(PageReport r) => [.. r.Axe.Where(v => v.Fails).Select(v => v.ToString())];
}
