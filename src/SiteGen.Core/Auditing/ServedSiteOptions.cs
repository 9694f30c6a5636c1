namespace SiteGen.Auditing;

/// <summary>What <see cref="ServedSite"/> serves and with which browser.</summary>
/// <param name="Root">The built site's folder.</param>
/// <param name="BrowserPath">The Chromium to run (see <see cref="Diagrams.BrowserLocator"/>).</param>
/// <param name="AxeScript">axe-core's <c>axe.min.js</c>.</param>
public sealed record ServedSiteOptions(string Root, string BrowserPath, string AxeScript)
{
    /// <summary>The site's <c>base_url</c>; the site is served under its path. Null: served at the root, no canonical URLs expected.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>The pages to load; null for every HTML page of the site (<see cref="SiteFolder.Pages"/>).</summary>
    public IReadOnlyList<string>? Pages { get; init; }

    /// <summary>Where to save a full-page screenshot of a page in a variant; null (or a null result) for none.</summary>
    public Func<string, Variant, string?>? Screenshot { get; init; }

    /// <summary>How many pages are loaded at once.</summary>
    public int Concurrency { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}
