using System.ComponentModel.DataAnnotations;
using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>The site as a whole, from <c>content/site.yaml</c>.</summary>
[KeepSourceSpans]
public sealed record SiteConfig
{
    /// <summary>The site's name, such as <c>Kubernetes Lab Notebook</c>: the heading of the home page and the title in every page's header.</summary>
    public required Localized Title { get; init; }

    /// <summary>
    /// A line under the title on each language's home page, such as <c>What I tried, and what I learnt</c>; inline
    /// Markdown. Without it the home page says what every experiment has.
    /// </summary>
    public Localized? Tagline { get; init; }

    /// <summary>
    /// The footer of every page, such as <c>Notes by Ada · [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)</c>:
    /// inline Markdown, so a link is allowed and HTML is shown as written. Links should be absolute URLs, since
    /// pages sit at different depths. Without it the footer says the site was built with SiteGen.
    /// </summary>
    public Localized? Footer { get; init; }

    /// <summary>The languages in order; the first is listed first everywhere.</summary>
    public required IReadOnlyList<LanguageConfig> Languages { get; init; }

    /// <summary>The code of the language the root page and <c>x-default</c> point to.</summary>
    public required string DefaultLanguage { get; init; }

    /// <summary>The absolute URL the site is published at, for canonical links; may be empty.</summary>
    [RegularExpression(ModelPatterns.SiteUrl, ErrorMessage = ModelPatterns.SiteUrlHint)]
    public string? BaseUrl { get; init; }

    /// <summary>
    /// The chapters of the course, each with <c>number</c>, <c>slug</c> and <c>title</c>. A record names its chapter by number;
    /// the home page lists the chapters by number, leaving out those with no records yet.
    /// </summary>
    public IReadOnlyList<ChapterConfig> Chapters { get; init; } = [];

    /// <summary>
    /// Whether an image a record loads from another site (<c>https://…</c>) is a <c>warning</c> (the default) or an
    /// <c>error</c>. Such an image is a request to another host on every page view; copy it beside the record instead.
    /// </summary>
    public RemoteImages RemoteImages { get; init; } = RemoteImages.Warning;

    /// <summary>
    /// The name each tag is shown by, per language, by the tag as records write it: <c>statefulset: {zh: 有状态应用, en: StatefulSet}</c>.
    /// The tag's URL and anchors keep the tag itself; a tag not listed here is shown as written.
    /// </summary>
    public IReadOnlyDictionary<string, Localized> Tags { get; init; } = new Dictionary<string, Localized>();

    public IEnumerable<string> LanguageCodes => Languages.Select(l => l.Code);
}
