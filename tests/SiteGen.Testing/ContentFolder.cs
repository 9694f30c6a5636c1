namespace SiteGen.Testing;

/// <summary>A throw-away content folder: a site.yaml and records, written to a temporary directory.</summary>
public sealed class ContentFolder : IDisposable
{
    public ContentFolder(string siteYaml)
    {
        Root = Directory.CreateTempSubdirectory("sitegen-test-").FullName;
        File.WriteAllText(Path.Combine(Root, "site.yaml"), siteYaml);
        Directory.CreateDirectory(Path.Combine(Root, "experiments"));
    }

    public string Root { get; }

    /// <summary>
    /// The smallest bilingual site: zh first (the default) and en, with one chapter,
    /// <c>3 config</c>, whose title is in both.
    /// </summary>
    public const string BilingualSite = """
        title: {zh: 站点, en: Site}
        languages:
          - {code: zh, locale: zh-CN, name: 中文}
          - {code: en, name: English}
        default_language: zh
        chapters:
          - {number: 3, slug: config, title: {zh: 配置, en: Config}}
        """;

    /// <summary>A copy of a whole content folder (site.yaml and every record), to modify without touching the original.</summary>
    public static ContentFolder CopyOf(string contentDirectory)
    {
        var folder = new ContentFolder(File.ReadAllText(Path.Combine(contentDirectory, "site.yaml")));
        Workspace.CopyFolder(Path.Combine(contentDirectory, "experiments"), Path.Combine(folder.Root, "experiments"));
        return folder;
    }

    /// <summary>The full path of a file under <c>experiments/</c>.</summary>
    public string Experiment(string relativePath) => Path.Combine(Root, "experiments", relativePath);

    public ContentFolder Add(string name, string text)
    {
        File.WriteAllText(Experiment(name), text);
        return this;
    }

    public ContentFolder Add(string name, byte[] bytes)
    {
        File.WriteAllBytes(Experiment(name), bytes);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
