using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SiteGen.Checking;

/// <summary>
/// What checking each record file found, kept between runs so that an unchanged file is not read into
/// YAML again. Entries are keyed by the file's path and bytes and by <see cref="RecordContext.Key"/>
/// (the site's languages and chapters, SiteGen's own build), so an entry is never stale: it is found only
/// while everything it was made from is the same. One file per content folder, under the cache folder,
/// written atomically; a damaged file is ignored.
/// </summary>
public sealed class CheckCache
{
    private readonly string? _file;
    private readonly ConcurrentDictionary<string, RecordCheck> _known;
    private readonly ConcurrentDictionary<string, RecordCheck> _used = new(StringComparer.Ordinal);
    private int _added;

    private CheckCache(string? file, ConcurrentDictionary<string, RecordCheck> known)
    {
        _file = file;
        _known = known;
    }

    /// <summary>A cache that lives as long as the process: the dev server's.</summary>
    public static CheckCache InMemory() => new(null, new(StringComparer.Ordinal));

    /// <summary>The cache of a content folder, read from <paramref name="cacheDirectory"/> if it was saved before.</summary>
    public static CheckCache Open(string cacheDirectory, string contentDirectory)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(contentDirectory))))[..16];
        var file = Path.Combine(cacheDirectory, "check", name + ".json");
        var known = new ConcurrentDictionary<string, RecordCheck>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(file)
                && JsonSerializer.Deserialize(File.ReadAllBytes(file), CacheJson.Default.CheckCacheFile) is { Version: CheckCacheFile.CurrentVersion } saved)
            {
                known = new ConcurrentDictionary<string, RecordCheck>(saved.Records, StringComparer.Ordinal);
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged or unreadable cache only costs this run its time.
        }

        return new CheckCache(file, known);
    }

    public RecordCheck? Find(string key)
    {
        if (!_known.TryGetValue(key, out var check))
        {
            return null;
        }

        _used[key] = check;
        return check;
    }

    public void Add(string key, RecordCheck check)
    {
        _known[key] = check;
        _used[key] = check;
        Interlocked.Increment(ref _added);
    }

    /// <summary>
    /// Writes what this run used, when it checked anything anew or stopped using an entry (a file was
    /// removed). Entries of files that are gone are dropped with it.
    /// </summary>
    public void Save()
    {
        if (_file is null || (_added == 0 && _used.Count == _known.Count))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temporary = $"{_file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(
                new CheckCacheFile(CheckCacheFile.CurrentVersion, new SortedDictionary<string, RecordCheck>(_used, StringComparer.Ordinal)),
                CacheJson.Default.CheckCacheFile));
            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: a read-only or full disk only costs the next run its time.
        }
    }
}

/// <summary>The saved form of a <see cref="CheckCache"/>.</summary>
public sealed record CheckCacheFile(int Version, IDictionary<string, RecordCheck> Records)
{
    public const int CurrentVersion = 1;
}
