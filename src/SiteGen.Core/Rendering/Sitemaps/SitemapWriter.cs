using System.Globalization;
using System.Text;
using System.Xml;
using SiteGen.Configuration;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Sitemaps;

/// <summary>
/// <c>sitemap.xml</c> in the sitemaps.org 0.9 format: one <c>&lt;url&gt;</c> per page, by address, each
/// with an <c>xhtml:link</c> to every language version of the same page and to its <c>x-default</c>, as
/// Google documents for localized pages (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
/// The addresses and alternates are the ones each page's own canonical and <c>hreflang</c> links give.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>The sitemap of <paramref name="pages"/>; the site must have a base URL.</summary>
    public static string Write(IReadOnlyList<ListedPage> pages, SiteConfig config)
    {
        var layout = new SiteLayout(config);
        string Url(ListedPage page) => Escaped(layout.Absolute(page.Folder)
            ?? throw new InvalidOperationException("A sitemap was planned for a site without a base URL."));

        var groups = pages.ToLookup(p => p.Group, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages.OrderBy(Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, Url(page));
                if (page.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                foreach (var (hreflang, version) in Alternates(groups[page.Group].ToList(), config))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hreflang);
                    xml.WriteAttributeString("href", Url(version));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// A URL as sitemaps want it (RFC 3986): every byte of its UTF-8 outside printable ASCII percent-encoded,
    /// so a base URL written with Chinese in its path is listed as browsers send it, and one with a control
    /// character or half a surrogate pair (YAML can escape both into a string) still gives well-formed XML.
    /// </summary>
    public static string Escaped(string url) =>
        url.All(c => c is > ' ' and < '\u007f')
            ? url
            : string.Concat(Encoding.UTF8.GetBytes(url).Select(b => b is > 0x20 and < 0x7f ? ((char)b).ToString() : $"%{b:X2}"));

    /// <summary>
    /// Every language version of a page in the site's order, then <c>x-default</c>: the version in no one
    /// language when there is one (the chooser, for the indexes), else the default language's.
    /// </summary>
    private static IEnumerable<(string HrefLang, ListedPage Page)> Alternates(IReadOnlyList<ListedPage> versions, SiteConfig config)
    {
        foreach (var language in config.Languages)
        {
            if (versions.FirstOrDefault(v => v.Language == language.Code) is { } version)
            {
                yield return (language.Tag, version);
            }
        }

        if ((versions.FirstOrDefault(v => v.Language is null) ?? versions.FirstOrDefault(v => v.Language == config.DefaultLanguage)) is { } fallback)
        {
            yield return ("x-default", fallback);
        }
    }
}
