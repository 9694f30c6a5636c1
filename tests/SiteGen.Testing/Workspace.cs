namespace SiteGen.Testing;

/// <summary>
/// A throw-away copy of a project: <c>content/</c>, <c>templates/</c> and room for <c>site/</c>, so a test
/// can break a record or a template and build without touching the repository.
/// </summary>
public sealed class Workspace : IDisposable
{
    private Workspace(string root) => Root = root;

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Site => Path.Combine(Root, "site");

    /// <summary>A workspace with copies of the given content and templates folders.</summary>
    public static Workspace Copy(string content, string templates)
    {
        var workspace = new Workspace(Directory.CreateTempSubdirectory("sitegen-ws-").FullName);
        CopyFolder(content, workspace.Content);
        CopyFolder(templates, workspace.Templates);
        return workspace;
    }

    /// <summary>A workspace with the repository's sample content and templates.</summary>
    public static Workspace OfRepository() => Copy(RepositoryPaths.Content, RepositoryPaths.Templates);

    /// <summary>Deletes every record of the content (not the resource files beside them), for a test that brings its own.</summary>
    public Workspace WithoutRecords()
    {
        foreach (var record in Directory.GetFiles(Path.Combine(Content, "experiments"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => SiteGen.Loading.RecordFiles.IsRecordName(Path.GetFileName(f))))
        {
            File.Delete(record);
        }

        return this;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails when it is not there.</summary>
    public void Edit(string relative, string find, string replace)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{find}' is not in {relative}.");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
    }

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Every file under a folder with its bytes, by relative path with <c>/</c>.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
