using SiteGen.Model;
using SiteGen.Rendering.Sitemaps;

namespace SiteGen.Building.Planning;

/// <summary>A file a page is written to, and in which format.</summary>
public sealed record PageOutput(string Path, OutputFormat Format);

/// <summary>Something a page is made from, by name (<c>site.yaml</c>, <c>record content/…/2.1-statefulset.yaml</c>), with a hash of its content.</summary>
public sealed record PageInput(string Name, string Hash);

/// <summary>
/// One page of the site to render: what it is, the files it is written to, and everything it is made
/// from. Rendering is a pure function of these inputs, so a page whose <see cref="InputKey"/> is the same
/// as when its files were written need not be rendered again.
/// </summary>
/// <param name="Key">Names the page across builds: <c>experiment/zh/2.1</c>, <c>index/en</c>, <c>root</c>.</param>
/// <param name="Record">The experiment's record, for experiment pages.</param>
/// <param name="InputKey">A hash over every input.</param>
public sealed record PageJob(
    string Key,
    PageKind Kind,
    string Language,
    RecordEntry? Record,
    IReadOnlyList<PageOutput> Outputs,
    IReadOnlyList<PageInput> Inputs,
    string InputKey)
{
    /// <summary>For a tag's page, the tag's slug.</summary>
    public string? Tag { get; init; }

    /// <summary>For an experiment, the experiments before and after it in its chapter, as planned (the page links to them).</summary>
    public RecordEntry? Previous { get; init; }

    /// <inheritdoc cref="Previous"/>
    public RecordEntry? Next { get; init; }

    /// <summary>For the sitemap, the pages it lists.</summary>
    public IReadOnlyList<ListedPage> Listing { get; init; } = [];
}

/// <summary>A file copied into the site as it is (style sheet, script, Mermaid), with a hash of its content.</summary>
public sealed record AssetJob(string Source, string Path, string Hash);
