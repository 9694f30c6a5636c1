namespace SiteGen.Building.Planning;

/// <summary>The kinds of page a site has. What each is written as is <see cref="OutputFormat.Of"/>.</summary>
public enum PageKind
{
    /// <summary>One experiment in one language.</summary>
    Experiment,

    /// <summary>The index of one language: its chapters and experiments.</summary>
    LanguageIndex,

    /// <summary>The language chooser at the root of the site.</summary>
    Root,

    /// <summary>The tags of one language, each with how many experiments have it.</summary>
    TagIndex,

    /// <summary>The experiments of one tag in one language.</summary>
    Tag,

    /// <summary>One experiment in every language, section beside section, with the interface in one language.</summary>
    Parallel,

    /// <summary>What a host shows for a missing URL in one language's folder.</summary>
    NotFound,

    /// <summary>What a host shows for a missing URL anywhere (GitHub Pages and most hosts serve this one): in every language.</summary>
    RootNotFound,

    /// <summary><c>sitemap.xml</c>: every page for search engines, each with its other languages; only with a base URL.</summary>
    Sitemap,

    /// <summary><c>robots.txt</c>: what crawlers may read, and where the sitemap is.</summary>
    Robots,
}
