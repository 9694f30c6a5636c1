namespace SiteGen.Caching;

/// <summary>
/// A cache file: a header naming what it holds and its format version, then the body. Written to a
/// temporary file and renamed into place, so readers see the old file or the new one; read whole, and
/// anything wrong with it (missing, another version, cut short, damaged) reads as no cache at all.
/// </summary>
internal static class CacheFile
{
    public static T? Read<T>(string path, string header, Func<CacheReader, T?> read)
        where T : class
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
            using var reader = new CacheReader(stream);
            return reader.String() == header ? read(reader) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The cache's bytes, for a file that is moved into place by someone else (a journaled commit).</summary>
    public static byte[] Bytes(string header, Action<CacheWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new CacheWriter(stream))
        {
            writer.Write(header);
            write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Writes atomically; a cache that cannot be written only costs the next run its time.</summary>
    public static void Write(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An optimisation only.
        }
    }
}
