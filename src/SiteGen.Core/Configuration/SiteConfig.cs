using System.ComponentModel.DataAnnotations;
using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>The site as a whole, from <c>content/site.yaml</c>.</summary>
[KeepSourceSpans]
public sealed record SiteConfig
{
    /// <summary>The site's name, such as <c>Kubernetes Lab Notebook</c>: the heading of the home page and the title in every page's header.</summary>
    public required Localized Title { get; init; }

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

    public IEnumerable<string> LanguageCodes => Languages.Select(l => l.Code);
}
