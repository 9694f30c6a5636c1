using System.Xml;
using System.Xml.Schema;
using SiteGen.Core.Tests.Building;
using SiteGen.Rendering.Sitemaps;

namespace SiteGen.Core.Tests.Rendering.Sitemaps;

/// <summary>
/// The sitemap validates against the sitemaps.org 0.9 schema, with Google's <c>xhtml:link</c> for its
/// language versions (<c>Schemas/</c>). The schema takes elements of other namespaces strictly, so the
/// validator must know each one: an element nothing declares fails, as the broken sitemaps here show.
/// </summary>
public sealed class SitemapSchemaTests
{
    private static readonly string Schemas = Path.Combine(TestPaths.Here(), "Rendering", "Sitemaps", "Schemas");

    private const string Valid = """
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
          <url>
            <loc>https://labs.example.org/en/</loc>
            <lastmod>2024-01-15</lastmod>
            <xhtml:link rel="alternate" hreflang="zh-CN" href="https://labs.example.org/zh/" />
            <xhtml:link rel="alternate" hreflang="en" href="https://labs.example.org/en/" />
            <xhtml:link rel="alternate" hreflang="x-default" href="https://labs.example.org/" />
          </url>
        </urlset>
        """;

    [Fact]
    public void TheSampleSitesSitemap_IsValid()
    {
        var sitemap = System.Text.Encoding.UTF8.GetString(Builds.Sample.Value.Files["sitemap.xml"]);

        Assert.Empty(Problems(sitemap));
        // 6 experiment pages, 6 side-by-side pages, 2 indexes, the chooser, 2 tag indexes and 28 tag pages.
        Assert.Equal(45, System.Text.RegularExpressions.Regex.Count(sitemap, "<url>"));
    }

    [Fact]
    public void TheSmallSitemapTheBrokenOnesComeFrom_IsValid() => Assert.Empty(Problems(Valid));

    [Theory]
    [InlineData("a url without its loc", "<loc>https://labs.example.org/en/</loc>", "")]
    [InlineData("a loc too short to be a URL", "https://labs.example.org/en/</loc>", "en/</loc>")]
    [InlineData("a lastmod that is not a date", "2024-01-15", "2024-13-45")]
    [InlineData("lastmod after the links", "<lastmod>2024-01-15</lastmod>", "<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"https://labs.example.org/de/\" /><lastmod>2024-01-15</lastmod>")]
    [InlineData("an xhtml:link without href", " href=\"https://labs.example.org/en/\"", "")]
    [InlineData("an xhtml:link with a relative href", "href=\"https://labs.example.org/en/\"", "href=\"/en/\"")]
    [InlineData("an xhtml:link with no hreflang", " hreflang=\"en\"", "")]
    [InlineData("an xhtml:link that is not an alternate", "rel=\"alternate\" hreflang=\"en\"", "rel=\"canonical\" hreflang=\"en\"")]
    [InlineData("another xhtml element", "<lastmod>2024-01-15</lastmod>", "<lastmod>2024-01-15</lastmod><xhtml:p>hello</xhtml:p>")]
    [InlineData("an element of a namespace no schema declares", "<lastmod>2024-01-15</lastmod>", "<lastmod>2024-01-15</lastmod><x:note xmlns:x=\"urn:example\">hello</x:note>")]
    [InlineData("an element the sitemap namespace does not have", "<lastmod>2024-01-15</lastmod>", "<lastmod>2024-01-15</lastmod><title>hello</title>")]
    [InlineData("the sitemap namespace of Google's old 0.84 schema", "sitemaps.org/schemas/sitemap/0.9", "google.com/schemas/sitemap/0.84")]
    [InlineData("not well-formed XML", "</url>", "")]
    public void ABrokenSitemap_IsRejected(string why, string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);

        Assert.True(Problems(Valid.Replace(find, replace, StringComparison.Ordinal)).Count > 0, $"{why}: the validator found nothing wrong");
    }

    /// <summary>
    /// Every error and warning of schema validation. An element no schema declares is an error under the
    /// strict wildcards, but at the root (a sitemap in another namespace) .NET reports it only as a warning
    /// and validates nothing below it, so a warning fails the sitemap too.
    /// </summary>
    private static List<string> Problems(string xml)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        foreach (var (space, file) in new[] { (SitemapWriter.Namespace, "sitemap.xsd"), (SitemapWriter.XhtmlNamespace, "xhtml-link.xsd") })
        {
            using var schema = XmlReader.Create(Path.Combine(Schemas, file));
            schemas.Add(space, schema);
        }

        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception.LineNumber},{e.Exception.LinePosition}: {e.Message}");
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            problems.Add("not well-formed: " + ex.Message);
        }

        return problems;
    }
}
