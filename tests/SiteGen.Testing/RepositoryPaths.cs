namespace SiteGen.Testing;

/// <summary>Paths of the repository the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds SiteGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample content that the README's build command uses.</summary>
    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SiteGen.sln above {AppContext.BaseDirectory}.");
    }
}
