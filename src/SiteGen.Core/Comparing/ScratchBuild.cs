using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Comparing;

/// <summary>A site built into a temporary folder, for a diff; the folder goes when this is disposed.</summary>
public sealed class ScratchBuild : IDisposable
{
    private readonly string _scratch;

    private ScratchBuild(string scratch, BuildResult result)
    {
        _scratch = scratch;
        Result = result;
    }

    public BuildResult Result { get; }

    /// <summary>The built site (empty when the build failed).</summary>
    public string Site => Path.Combine(_scratch, "site");

    public static ScratchBuild Run(string content, string templates, PathDisplay display, string? cacheDirectory)
    {
        var scratch = Directory.CreateTempSubdirectory("sitegen-diff-").FullName;
        var options = new BuildOptions(content, templates, Path.Combine(scratch, "site"), BuildOptions.DefaultVendorDirectory, display, cacheDirectory);
        return new ScratchBuild(scratch, SiteBuilder.Build(options));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is the system's to clean.
        }
    }
}
