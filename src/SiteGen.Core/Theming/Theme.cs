using SiteGen.Loading;

namespace SiteGen.Theming;

/// <summary>
/// The templates a site is built with: SiteGen's built-in theme, with the files of the site's own templates
/// folder over it. A site's folder holds only what it changes (one partial, <c>assets/extra.css</c>, a few UI
/// strings): every other file comes from the built-in theme, as Hugo looks a layout up in the project before
/// the theme. Templates, report partials and assets are overridden file by file; UI strings key by key
/// (<c>i18n/en.yaml</c> in the site may hold only the strings it changes).
/// <para>
/// The build reads one folder: <see cref="Compose"/> lays the two out as one, under a name made of their
/// contents, so the folder is never changed once written and builds of the same theme share it.
/// </para>
/// </summary>
public sealed record Theme(string Directory, IReadOnlyDictionary<string, string> Origins)
{
    /// <summary>Where the site's own UI strings are put in a composed theme, beside the built-in ones they override.</summary>
    public const string OverridesFolder = "i18n-site";

    /// <summary>The built-in theme SiteGen ships beside its assembly: the repository's <c>templates/</c>.</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>
    /// The theme to build with: the built-in one alone when the site has no templates folder (or it is the
    /// built-in one), the site's folder alone when there is no built-in theme, else both composed in a folder
    /// under <paramref name="workDirectory"/>.
    /// </summary>
    public static Theme Compose(string siteTemplates, string? builtIn, string workDirectory)
    {
        var site = Path.GetFullPath(siteTemplates);
        if (builtIn is null || !System.IO.Directory.Exists(builtIn))
        {
            return new Theme(site, new Dictionary<string, string>());
        }

        builtIn = Path.GetFullPath(builtIn);
        if (!System.IO.Directory.Exists(site) || Same(site, builtIn))
        {
            return new Theme(builtIn, new Dictionary<string, string>());
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, full) in FilesOf(builtIn))
        {
            files[relative] = full;
        }

        foreach (var (relative, full) in FilesOf(site))
        {
            files[IsUiStrings(relative) ? OverridesFolder + relative[UiStringsFolder.Length..] : relative] = full;
        }

        var name = ContentHash.OfParts(files.SelectMany(f => new[] { f.Key, ContentHash.OfFile(f.Value) }));
        var directory = Path.Combine(workDirectory, "theme", name);
        if (!System.IO.Directory.Exists(directory))
        {
            Write(directory, files);
        }

        return new Theme(directory, files.ToDictionary(f => Path.Combine(directory, f.Key), f => f.Value, StringComparer.Ordinal));
    }

    private const string UiStringsFolder = Rendering.Text.UiStringsLoader.Folder;

    private static bool IsUiStrings(string relative) =>
        relative.StartsWith(UiStringsFolder + "/", StringComparison.Ordinal) && relative.EndsWith(".yaml", StringComparison.Ordinal);

    private static bool Same(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    private static IEnumerable<(string Relative, string Full)> FilesOf(string folder) =>
        System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), f))
            .Where(f => !f.Item1.Split('/').Any(part => part.StartsWith('.')));

    /// <summary>Writes the composed folder beside its final name and renames it into place: another build composing the same theme at the same time finds it whole or not at all.</summary>
    private static void Write(string directory, IReadOnlyDictionary<string, string> files)
    {
        var temporary = $"{directory}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        foreach (var (relative, full) in files)
        {
            var target = Path.Combine(temporary, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(full, target);
        }

        try
        {
            System.IO.Directory.Move(temporary, directory);
        }
        catch (IOException) when (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(temporary, recursive: true);
        }
    }
}
