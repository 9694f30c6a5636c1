using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Building;

/// <summary>A file the build wrote, as it is on disk: its hash, and the size and time that tell it has not been touched since.</summary>
public sealed record WrittenFile(string Path, string Hash, long Size, long Modified);

/// <summary>A page as last written: the hash of everything it was made from, and its files.</summary>
public sealed record PageState(string InputKey, IReadOnlyList<WrittenFile> Files);

/// <summary>
/// What the output folder holds and what each file was made from: the build cache. A build reuses a
/// page whose inputs hash the same and whose files are still as written (same size and time), and
/// renders every other one. The cache is kept in <c>.sitegen/&lt;output&gt;.cache.json</c> beside the
/// output folder and is moved into place by the same journaled commit as the site it describes, so the two
/// never disagree; a damaged or missing cache only means every page is rendered.
/// </summary>
public sealed record BuildState(
    int Version,
    string SiteGen,
    IReadOnlyDictionary<string, PageState> Pages,
    IReadOnlyDictionary<string, WrittenFile> Assets)
{
    public const int CurrentVersion = 1;

    public static BuildState Empty { get; } = new(CurrentVersion, "", new Dictionary<string, PageState>(), new Dictionary<string, WrittenFile>());

    /// <summary>The saved state, or <see cref="Empty"/> when there is none, it is damaged, or another build of SiteGen wrote it.</summary>
    public static BuildState Load(string path, string siteGen)
    {
        try
        {
            return File.Exists(path)
                && JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildStateJson.Default.BuildState) is { Version: CurrentVersion } state
                && state.SiteGen == siteGen
                ? state
                : Empty;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Empty;
        }
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, BuildStateJson.Default.BuildState);

    /// <summary>Whether a file is in the output folder exactly as this build state says it was written.</summary>
    public static bool Intact(string root, WrittenFile file)
    {
        var info = new FileInfo(Path.Combine(root, file.Path));
        return info.Exists && info.Length == file.Size && info.LastWriteTimeUtc.Ticks == file.Modified;
    }
}

[JsonSerializable(typeof(BuildState))]
internal sealed partial class BuildStateJson : JsonSerializerContext;
