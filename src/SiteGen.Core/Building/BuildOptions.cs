using SiteGen.Loading;

namespace SiteGen.Building;

/// <summary>Where a build reads from and writes to.</summary>
/// <param name="VendorDirectory">Third-party front-end files shipped with SiteGen (Mermaid), copied to <c>assets/vendor/</c>.</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string TemplatesDirectory,
    string OutputDirectory,
    string VendorDirectory,
    PathDisplay Display)
{
    /// <summary>The vendor files SiteGen ships beside its assembly.</summary>
    public static string DefaultVendorDirectory => Path.Combine(AppContext.BaseDirectory, "vendor");
}
