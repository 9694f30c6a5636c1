using SiteGen.Rendering.Views;

namespace SiteGen.Building.Planning;

/// <summary>Which template engine writes a format.</summary>
public enum TemplateEngine
{
    /// <summary>Razor, from <c>templates/html/</c>.</summary>
    Razor,

    /// <summary>Scriban, from <c>templates/report/</c>.</summary>
    Scriban,

    /// <summary>
    /// No template: SiteGen writes the file itself (the sitemap with an <c>XmlWriter</c>, <c>robots.txt</c>),
    /// since its form is fixed by a standard rather than chosen by the site.
    /// </summary>
    Writer,
}

/// <summary>
/// A form a page is written in: an HTML page or a Markdown report, with the file it goes to in the page's
/// folder and the template that writes it. Which kinds of page have which formats is data here, not
/// literals spread over the builder; a new format (search data, say) is one more line.
/// </summary>
public sealed record OutputFormat(string Name, string FileName, TemplateEngine Engine, string Template)
{
    public static readonly OutputFormat ExperimentPage = new("html", "index.html", TemplateEngine.Razor, "Experiment.cshtml");
    public static readonly OutputFormat ExperimentReport = new("report", "report.md", TemplateEngine.Scriban, "report.sbn");
    public static readonly OutputFormat IndexPage = new("html", "index.html", TemplateEngine.Razor, "Index.cshtml");
    public static readonly OutputFormat RootPage = new("html", "index.html", TemplateEngine.Razor, "Root.cshtml");

    public static readonly OutputFormat TagIndexPage = new("html", "index.html", TemplateEngine.Razor, "Tags.cshtml");
    public static readonly OutputFormat TagPage = new("html", "index.html", TemplateEngine.Razor, "Tag.cshtml");

    public static readonly OutputFormat ParallelPage = new("html", Rendering.Views.SiteLayout.ParallelFile, TemplateEngine.Razor, "Parallel.cshtml");
    public static readonly OutputFormat NotFoundPage = new("html", SiteLayout.NotFoundFile, TemplateEngine.Razor, "NotFound.cshtml");

    /// <summary>For a <see cref="TemplateEngine.Writer"/> format, <see cref="Template"/> names the writer.</summary>
    public static readonly OutputFormat Sitemap = new("sitemap", SiteLayout.SitemapFile, TemplateEngine.Writer, "sitemap");
    public static readonly OutputFormat Robots = new("robots", SiteLayout.RobotsFile, TemplateEngine.Writer, "robots");

    private static readonly IReadOnlyDictionary<PageKind, IReadOnlyList<OutputFormat>> Formats = new Dictionary<PageKind, IReadOnlyList<OutputFormat>>
    {
        [PageKind.Experiment] = [ExperimentPage, ExperimentReport],
        [PageKind.LanguageIndex] = [IndexPage],
        [PageKind.Root] = [RootPage],
        [PageKind.TagIndex] = [TagIndexPage],
        [PageKind.Tag] = [TagPage],
        [PageKind.Parallel] = [ParallelPage],
        [PageKind.NotFound] = [NotFoundPage],
        [PageKind.RootNotFound] = [NotFoundPage],
        [PageKind.Sitemap] = [Sitemap],
        [PageKind.Robots] = [Robots],
    };

    /// <summary>The formats a kind of page is written in, in order.</summary>
    public static IReadOnlyList<OutputFormat> Of(PageKind kind) => Formats[kind];
}
