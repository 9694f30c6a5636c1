using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Output;

/// <summary>
/// What a commit is about to do, written into the staging folder before the first file of the output
/// folder is touched. A staging folder with a journal is a commit that started: the next build finishes it.
/// One without is a build that never got that far: it holds only files SiteGen rendered, and is deleted.
/// </summary>
/// <param name="Target">The output folder, absolute.</param>
/// <param name="Previous">What the output folder's manifest listed before the commit: the only files it may replace or delete.</param>
/// <param name="Next">Every file of the new site: the manifest after the commit.</param>
/// <param name="Cache">Where the build cache that describes the new site goes, once the site is in place; null when there is none.</param>
public sealed record CommitJournal(string Target, IReadOnlyList<string> Previous, IReadOnlyList<string> Next, string? Cache)
{
    /// <summary>The folder inside a staging folder that holds the journal and the files the commit replaced.</summary>
    public const string Folder = ".sitegen-commit";

    private const string FileName = "journal.json";

    public static string PathIn(string staging) => Path.Combine(staging, Folder, FileName);

    /// <summary>Where a replaced or deleted file waits until the commit is complete, so it can be put back.</summary>
    public static string UndoIn(string staging) => Path.Combine(staging, Folder, "undo");

    /// <summary>Where the new build cache waits in the staging folder until the site it describes is in place.</summary>
    public static string CacheIn(string staging) => Path.Combine(staging, Folder, "cache");

    public static CommitJournal? Read(string staging)
    {
        var path = PathIn(staging);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), JournalJson.Default.CommitJournal);
        }
        catch (JsonException)
        {
            return null; // written atomically, so a torn journal is one that never finished being written
        }
    }

    /// <summary>Writes the journal atomically and durably: it must be on disk before the output folder changes.</summary>
    public void Write(string staging)
    {
        var path = PathIn(staging);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(JsonSerializer.SerializeToUtf8Bytes(this, JournalJson.Default.CommitJournal));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string staging) => File.Delete(PathIn(staging));
}

[JsonSerializable(typeof(CommitJournal))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class JournalJson : JsonSerializerContext;
