using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Sitemaps;

/// <summary>
/// <c>robots.txt</c> (RFC 9309): every crawler may read everything, and the sitemap is named when there is
/// one. Crawlers read it only at the root of a host, so a site published under a sub-path
/// (<c>https://example.github.io/notes/</c>) has one that no crawler asks for; it does no harm.
/// </summary>
public static class RobotsWriter
{
    public static string Write(SiteLayout layout) =>
        "User-agent: *\nAllow: /\n" + (layout.Absolute(SiteLayout.SitemapFile) is { } sitemap ? $"\nSitemap: {SitemapWriter.Escaped(sitemap)}\n" : "");
}
