namespace SiteGen.Loading;

/// <summary>
/// Turns file paths into the form printed in diagnostics and output: relative to a base folder, with
/// forward slashes, so output never depends on where the checkout lives.
/// </summary>
public sealed class PathDisplay(string baseDirectory)
{
    private readonly string _base = Path.GetFullPath(baseDirectory);

    public static PathDisplay CurrentDirectory => new(Environment.CurrentDirectory);

    public string Of(string path) =>
        Path.GetRelativePath(_base, Path.GetFullPath(path)).Replace('\\', '/');
}
