using SiteGen.Schema;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Schema;

/// <summary>The README's site.yaml reference names every key site.yaml may have, so a new key is never left undocumented.</summary>
public sealed class ReadmeSiteReferenceTests
{
    [Fact]
    public void EveryTopLevelKeyOfSiteYaml_HasARowInTheReadmesReference()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("### site.yaml reference", StringComparison.Ordinal);
        Assert.True(start >= 0, "The README has no '### site.yaml reference'.");
        var table = readme[start..readme.IndexOf("\n## ", start, StringComparison.Ordinal)];

        var keys = JsonSchemaGenerator.ForSite()["properties"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("tags", keys);
        Assert.All(keys, key => Assert.Contains($"\n| `{key}` |", table, StringComparison.Ordinal));
    }
}
