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
}
