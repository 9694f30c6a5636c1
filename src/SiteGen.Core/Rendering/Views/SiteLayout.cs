using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The URL scheme: <c>&lt;lang&gt;/&lt;NN-chapter&gt;/&lt;id&gt;-&lt;slug&gt;/index.html</c> with
/// <c>report.md</c> and the side-by-side page <c>parallel.html</c> beside it, <c>&lt;lang&gt;/index.html</c>,
/// <c>&lt;lang&gt;/tags/</c>, <c>index.html</c>, <c>assets/</c>.
/// Paths use <c>/</c> and are relative to the site root.
/// </summary>
public sealed class SiteLayout(SiteConfig config)
{
    public const string PageFile = "index.html";
    public const string ReportFile = "report.md";

    /// <summary>
    /// The side-by-side page of an experiment, beside its page: in the same folder, so every relative link
    /// the sections write (follow-ups, links in the author's prose) leads where it does on the page itself.
    /// </summary>
    public const string ParallelFile = "parallel.html";
    public const string AssetsFolder = "assets";

    /// <summary>The Mermaid script's path under <c>assets/</c> on the site.</summary>
    public const string MermaidAsset = "vendor/mermaid/mermaid.min.js";

    public static string ChapterFolder(ChapterConfig chapter) =>
        string.Create(CultureInfo.InvariantCulture, $"{chapter.Number:00}-{chapter.Slug}");

    public ChapterConfig Chapter(RecordEntry record) => config.Chapters.First(c => c.Number == record.Chapter);

    /// <summary>The experiment's folder, for example <c>zh/02-controllers/2.1-statefulset/</c>.</summary>
    public string ExperimentFolder(string language, RecordEntry record) =>
        $"{language}/{ChapterFolder(Chapter(record))}/{record.Id}-{record.Slug}/";

    public string ExperimentPage(string language, RecordEntry record) => ExperimentFolder(language, record) + PageFile;

    public string ExperimentReport(string language, RecordEntry record) => ExperimentFolder(language, record) + ReportFile;

    /// <summary>The experiment in every language side by side, with the interface in <paramref name="language"/>: <c>zh/02-controllers/2.1-statefulset/parallel.html</c>.</summary>
    public string ParallelPage(string language, RecordEntry record) => ExperimentFolder(language, record) + ParallelFile;

    /// <summary>Whether the site has side-by-side pages: when it has more than one language.</summary>
    public bool HasParallelPages => config.Languages.Count > 1;

    public static string LanguageIndex(string language) => $"{language}/{PageFile}";

    public const string TagsFolder = "tags";

    /// <summary>The tag index of a language: <c>zh/tags/</c>.</summary>
    public static string TagIndexFolder(string language) => $"{language}/{TagsFolder}/";

    /// <summary>The page of one tag: <c>zh/tags/pvc/</c>.</summary>
    public static string TagFolder(string language, string tag) => $"{TagIndexFolder(language)}{TagSlug(tag)}/";

    /// <summary>
    /// A tag's name in URLs, from the tag alone (so a page can link to it before the other records are read):
    /// its slug, or for a tag with no Latin letter or digit (存储) <c>t-</c> and a short hash of it.
    /// Tags that give the same slug share a page.
    /// </summary>
    public static string TagSlug(string tag)
    {
        var hash = "t-" + Loading.ContentHash.Of(tag)[..8].ToLowerInvariant();
        try
        {
            return Scaffolding.Slugs.FromTitle(tag) ?? hash;
        }
        catch (ArgumentException)
        {
            // Text Unicode cannot normalize (a lone surrogate, YAML's "\ud800"): the hash still names the tag.
            return hash;
        }
    }

    /// <summary>The page hosts serve for a missing URL: <c>404.html</c> at the root and in each language's folder.</summary>
    public const string NotFoundFile = "404.html";

    public const string SitemapFile = "sitemap.xml";

    public const string RobotsFile = "robots.txt";

    /// <summary>The empty file that tells GitHub Pages to publish the site as it is, without Jekyll.</summary>
    public const string NoJekyllFile = ".nojekyll";

    /// <summary>
    /// The path the site is published under, from the root of its host: <c>/</c>, or <c>/notes/</c> for a
    /// base URL of <c>https://example.github.io/notes/</c>; <c>/</c> without a base URL. A page served at any
    /// address (the 404 page) links with it, since a relative link from there leads nowhere.
    /// </summary>
    public string RootPath =>
        Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var url) ? url.AbsolutePath.TrimEnd('/') + "/" : "/";

    /// <summary>The published URL of a folder, when the site has a base URL.</summary>
    public string? Absolute(string folder) =>
        string.IsNullOrEmpty(config.BaseUrl) ? null : config.BaseUrl.TrimEnd('/') + "/" + folder;

    /// <summary>The relative path from a page at <paramref name="fromPath"/> to the site root: <c>../../../</c>.</summary>
    public static string RootFrom(string fromPath) =>
        string.Concat(Enumerable.Repeat("../", fromPath.Count(c => c == '/')));
}
