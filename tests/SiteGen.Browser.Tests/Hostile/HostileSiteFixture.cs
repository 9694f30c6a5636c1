using SiteGen.Building;

namespace SiteGen.Browser.Tests.Hostile;

/// <summary>The hostile site (<see cref="HostileSite"/>), built once into a temporary folder and served like the sample.</summary>
public sealed class HostileSiteFixture : SiteFixture
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-hostile-").FullName;

    public BuildResult Build { get; private set; } = null!;

    protected override string SiteRoot => Path.Combine(_root, "site");

    /// <summary>Every HTML page of the built site, relative to its root.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        Build = HostileSite.Build(_root);
        Directory.CreateDirectory(SiteRoot);
        Pages = [.. Directory.EnumerateFiles(SiteRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SiteRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class HostileSiteCollection : ICollectionFixture<HostileSiteFixture>
{
    public const string Name = "hostile site in Chromium";
}
