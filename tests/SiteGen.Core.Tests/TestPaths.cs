using System.Runtime.CompilerServices;
using SiteGen.Testing;

namespace SiteGen.Core.Tests;

/// <summary>Paths of this test project's sources, for golden files kept beside the tests.</summary>
public static class TestPaths
{
    /// <summary>The folder of this test project's sources.</summary>
    public static string Here() => Path.GetDirectoryName(ThisFile())!;

    /// <summary>The site.yaml the loader cases share (chapters 1 and 2, languages zh and en).</summary>
    public static string TestSiteYaml => File.ReadAllText(Path.Combine(Here(), "Loading", "Cases", "site.yaml"));

    public static ContentFolder TestContent() => new(TestSiteYaml);

    private static string ThisFile([CallerFilePath] string file = "") => file;
}
