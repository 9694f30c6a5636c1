using SiteGen.Caching;

namespace SiteGen.Building;

/// <summary>A file the build wrote, as it is on disk: its hash, and the size and time that tell it has not been touched since.</summary>
public sealed record WrittenFile(string Path, string Hash, long Size, long Modified);

/// <summary>A page as last written: the hash of everything it was made from, and its files.</summary>
public sealed record PageState(string InputKey, IReadOnlyList<WrittenFile> Files);

/// <summary>
/// What the output folder holds and what each file was made from: the build cache. A build reuses a
/// page whose inputs hash the same and whose files are still as written (same size and time), and
/// renders every other one. The cache is kept in <c>.sitegen/&lt;output&gt;.cache</c> beside the output
/// folder and is moved into place by the same journaled commit as the site it describes, so the two
/// never disagree; a damaged or missing cache only means every page is rendered.
/// </summary>
/// <param name="SiteGen">The build of SiteGen that wrote it: another build's cache is not trusted.</param>
public sealed record BuildState(
    string SiteGen,
    IReadOnlyDictionary<string, PageState> Pages,
    IReadOnlyDictionary<string, WrittenFile> Assets)
{
    private const string Header = "sitegen build cache 1";

    public static BuildState Empty { get; } = new("", new Dictionary<string, PageState>(), new Dictionary<string, WrittenFile>());

    /// <summary>The saved state, or <see cref="Empty"/> when there is none, it is damaged, or another build of SiteGen wrote it.</summary>
    public static BuildState Load(string path, string siteGen) =>
        CacheFile.Read(path, Header, reader =>
        {
            if (reader.String() != siteGen)
            {
                return null;
            }

            var pages = reader.All(() => KeyValuePair.Create(reader.String(), new PageState(reader.String(), reader.All(() => File(reader)))));
            var assets = reader.All(() => File(reader));
            return new BuildState(siteGen, pages.ToDictionary(StringComparer.Ordinal), assets.ToDictionary(a => a.Path, StringComparer.Ordinal));
        }) ?? Empty;

    public byte[] ToBytes() => CacheFile.Bytes(Header, writer =>
    {
        writer.Write(SiteGen);
        writer.WriteAll(Pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), page =>
        {
            writer.Write(page.Key);
            writer.Write(page.Value.InputKey);
            writer.WriteAll(page.Value.Files, file => Write(writer, file));
        });
        writer.WriteAll(Assets.Values.OrderBy(a => a.Path, StringComparer.Ordinal).ToList(), file => Write(writer, file));
    });

    /// <summary>Whether a file is in the output folder exactly as this build state says it was written.</summary>
    public static bool Intact(string root, WrittenFile file)
    {
        var info = new FileInfo(System.IO.Path.Combine(root, file.Path));
        return info.Exists && info.Length == file.Size && info.LastWriteTimeUtc.Ticks == file.Modified;
    }

    private static WrittenFile File(CacheReader reader) => new(reader.String(), reader.String(), reader.Long(), reader.Long());

    private static void Write(CacheWriter writer, WrittenFile file)
    {
        writer.Write(file.Path);
        writer.Write(file.Hash);
        writer.Write(file.Size);
        writer.Write(file.Modified);
    }
}
