namespace SiteGen.Loading.Yaml;

/// <summary>
/// Bounds that keep a hostile or broken file from exhausting the stack or memory. A real lab record
/// nests about eight levels and holds a few thousand nodes.
/// </summary>
public sealed record YamlLimits
{
    public static readonly YamlLimits Default = new();

    public int MaxDepth { get; init; } = 64;

    public int MaxNodes { get; init; } = 200_000;

    public long MaxFileBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Items one list may hold: a record with more steps, commands or lines of anything is not a lab record.</summary>
    public int MaxListItems { get; init; } = 10_000;
}
