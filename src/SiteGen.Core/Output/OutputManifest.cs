namespace SiteGen.Output;

/// <summary>
/// <c>.sitegen-output</c> in the output folder: the files the last build wrote, one relative path with
/// <c>/</c> per line. Whatever it does not list belongs to the user and is never replaced, moved or deleted.
/// </summary>
public static class OutputManifest
{
    public const string FileName = ".sitegen-output";

    private const string Header = "# Written by sitegen build; the next build replaces these files and keeps all others.";

    /// <summary>The files a folder's manifest lists; null when the folder has none.</summary>
    /// <summary>Whether a build has written a site into the folder.</summary>
    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    public static HashSet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
    }

    public static HashSet<string> Parse(string text) =>
        text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    /// <summary>The manifest's text for these files (the manifest itself included), in ordinal order.</summary>
    public static string Format(IEnumerable<string> files) =>
        string.Join("\n", files.Append(FileName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(Header)) + "\n";
}
