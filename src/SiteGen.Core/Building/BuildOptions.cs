using SiteGen.Loading;
using SiteGen.Validation;

namespace SiteGen.Building;

/// <summary>Where a build reads from and writes to.</summary>
/// <param name="TemplatesDirectory">The site's own templates: only the files it changes in the built-in theme (<see cref="BuiltInTheme"/>); it need not exist.</param>
/// <param name="VendorDirectory">Third-party front-end files shipped with SiteGen (Mermaid), copied to <c>assets/vendor/</c>.</param>
/// <param name="CacheDirectory">
/// Where compiled templates and check results are kept between builds; null compiles and checks
/// everything every time, and renders every page (the build cache beside the output folder is not read).
/// </param>
public sealed record BuildOptions(
    string ContentDirectory,
    string TemplatesDirectory,
    string OutputDirectory,
    string VendorDirectory,
    PathDisplay Display,
    string? CacheDirectory = null)
{
    /// <summary>How long to wait for another build writing to the same output folder before giving up.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Told what the build is doing while it waits, renders or commits; null to run silently.</summary>
    public BuildObserver? Observer { get; init; }

    /// <summary>Where diagrams are drawn: at build time when a Chromium is found (the default), or in the reader's browser; <c>$SITEGEN_DIAGRAMS</c> sets the default.</summary>
    public Diagrams.DiagramMode Diagrams { get; init; } = SiteGen.Diagrams.DiagramModes.FromEnvironment();

    /// <summary>The translation coverage the build requires; by default what site.yaml requires.</summary>
    public TranslationRequirements Translations { get; init; } = TranslationRequirements.FromSite;

    /// <summary>
    /// Whether a search index already in the output folder is kept when pages change, rather than made again:
    /// what the dev server does after its first build, since indexing a large site takes seconds that an
    /// edit's preview should not wait for. Search then finds what the pages said at the first build.
    /// </summary>
    public bool KeepSearchIndex { get; init; }

    /// <summary>How many threads check and render; 0 or less for one per core. The output is the same for any number.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>
    /// The theme under <see cref="TemplatesDirectory"/>: a file the site's templates folder does not have comes
    /// from here (<see cref="Theming.Theme"/>). Null to build with the templates folder alone.
    /// </summary>
    public string? BuiltInTheme { get; init; } = Theming.Theme.BuiltInDirectory;

    /// <summary>The vendor files SiteGen ships beside its assembly.</summary>
    public static string DefaultVendorDirectory => Path.Combine(AppContext.BaseDirectory, "vendor");

    /// <summary>
    /// <c>$SITEGEN_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/sitegen</c>, else <c>~/.cache/sitegen</c>: outside the
    /// project, so a clean checkout never carries stale entries and nothing needs ignoring.
    /// </summary>
    public static string DefaultCacheDirectory =>
        Environment.GetEnvironmentVariable("SITEGEN_CACHE_DIR") is { Length: > 0 } explicitDirectory ? explicitDirectory
        : Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "sitegen");
}
