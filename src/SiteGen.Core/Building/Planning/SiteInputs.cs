using SiteGen.Checking;
using SiteGen.Loading;
using SiteGen.Rendering.Html;
using SiteGen.Rendering.Reports;
using SiteGen.Rendering.Text;

namespace SiteGen.Building.Planning;

/// <summary>
/// The inputs every page shares, hashed once per build: SiteGen's own build, <c>site.yaml</c>, the Razor
/// templates (a page uses its layout and partials, so any of them counts), the report templates, and the
/// UI strings of each language.
/// </summary>
public sealed record SiteInputs(string SiteGen, string SiteConfig, string HtmlTemplates, string ReportTemplates, IReadOnlyDictionary<string, string> UiStrings)
{
    /// <summary>How diagrams are drawn: <c>in-browser</c>, or the identity of the build-time drawings (<see cref="Diagrams.DiagramArtist.Identity"/>).</summary>
    public string Diagrams { get; init; } = InBrowser;

    public const string InBrowser = "in-browser";

    /// <summary>Whether pages link to a search, and which Pagefind builds it: its identity, or <see cref="Searching.SearchIndex.None"/>.</summary>
    public string Search { get; init; } = Searching.SearchIndex.None;

    public static SiteInputs Read(string templatesDirectory, SiteGen.Configuration.SiteConfig config, string configHash) =>
        new(
            RecordContext.BuildId,
            configHash,
            ContentHash.OfFolder(Path.Combine(templatesDirectory, RazorPageRenderer.Folder)),
            ContentHash.OfFolder(Path.Combine(templatesDirectory, ScribanReportRenderer.Folder)),
            config.LanguageCodes.ToDictionary(
                l => l,
                l => ContentHash.OfParts([HashOf(UiStringsLoader.PathOf(templatesDirectory, l)), HashOf(UiStringsLoader.OverridesOf(templatesDirectory, l))]),
                StringComparer.Ordinal));

    private static string HashOf(string file) => File.Exists(file) ? ContentHash.OfFile(file) : "";
}
