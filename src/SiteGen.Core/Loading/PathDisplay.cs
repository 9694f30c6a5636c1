namespace SiteGen.Loading;

/// <summary>
/// Turns file paths into the form printed in diagnostics and output: relative to a base folder, with
/// forward slashes, so output never depends on where the checkout lives. A file of a composed theme is
/// named by the file it was copied from (<see cref="Theming.Theme"/>): the site's own, or the built-in one.
/// </summary>
public sealed class PathDisplay(string baseDirectory, IReadOnlyDictionary<string, string>? origins = null)
{
    private readonly string _base = Path.GetFullPath(baseDirectory);

    public static PathDisplay CurrentDirectory => new(Environment.CurrentDirectory);

    public string Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (origins is not null && origins.TryGetValue(full, out var origin))
        {
            full = origin;
        }

        return Path.GetRelativePath(_base, full).Replace('\\', '/');
    }

    /// <summary>The same display, naming the files of a composed theme by where they came from.</summary>
    public PathDisplay WithOrigins(IReadOnlyDictionary<string, string> fileOrigins) =>
        fileOrigins.Count == 0 ? this : new PathDisplay(_base, fileOrigins);
}
