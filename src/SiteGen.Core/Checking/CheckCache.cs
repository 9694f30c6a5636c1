using System.Collections.Concurrent;
using SiteGen.Caching;
using SiteGen.Loading;
using SiteGen.Model;

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
    private const string Header = "sitegen check cache 7";

    /// <summary>
    /// A file changed this close before the cache was saved may have changed again within the same tick
    /// of its clock without its size changing: its size and time are not trusted (as Git does with its index).
    /// </summary>
    private static readonly long Racy = TimeSpan.FromSeconds(2).Ticks;

    private readonly string? _file;
    private readonly ConcurrentDictionary<string, FileStamp> _stamps;
    private ConcurrentDictionary<string, RecordCheck> _known;
    private ConcurrentDictionary<string, RecordCheck> _used = new(StringComparer.Ordinal);
    private int _added;

    private CheckCache(string? file, ConcurrentDictionary<string, RecordCheck> known, ConcurrentDictionary<string, FileStamp> stamps)
    {
        _file = file;
        _known = known;
        _stamps = stamps;
    }

    /// <summary>The cache of a content folder, read from <paramref name="cacheDirectory"/> if it was saved before.</summary>
    public static CheckCache Open(string cacheDirectory, string contentDirectory)
    {
        var file = Path.Combine(cacheDirectory, "check", ContentHash.Of(Path.GetFullPath(contentDirectory))[..16] + ".bin");
        var stamps = new ConcurrentDictionary<string, FileStamp>(StringComparer.Ordinal);
        var known = CacheFile.Read(file, Header, reader =>
        {
            foreach (var stamp in reader.All(() => new FileStamp(reader.String(), reader.Long(), reader.Long(), reader.String(), reader.Long())))
            {
                stamps[stamp.Path] = stamp;
            }

            return new ConcurrentDictionary<string, RecordCheck>(
                reader.All(() => KeyValuePair.Create(reader.String(), ReadCheck(reader))), StringComparer.Ordinal);
        });
        return known is null
            ? new CheckCache(file, new(StringComparer.Ordinal), new(StringComparer.Ordinal))
            : new CheckCache(file, known, stamps);
    }

    /// <summary>
    /// The hash of a file's bytes as last read, when its size and time are still those it had then (and
    /// not racily close to when they were recorded): the file need not be read to be found in the cache.
    /// </summary>
    public string? KnownHash(string path, long size, long modified) =>
        _stamps.TryGetValue(path, out var stamp) && stamp.Size == size && stamp.Modified == modified && modified < stamp.Seen - Racy
            ? stamp.Hash
            : null;

    /// <summary>Records the size, time and hash a file had when it was read (just before now).</summary>
    public void Remember(string path, long size, long modified, string hash)
    {
        if (!_stamps.TryGetValue(path, out var before) || before.Size != size || before.Modified != modified || before.Hash != hash
            || modified >= before.Seen - Racy)
        {
            _stamps[path] = new FileStamp(path, size, modified, hash, DateTime.UtcNow.Ticks);
            Interlocked.Increment(ref _added);
        }
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
    /// Ends a run: keeps what this run used and forgets the rest (files that are gone), and writes it
    /// when the cache has a file and anything changed.
    /// </summary>
    public void Save()
    {
        var changed = _added > 0 || _used.Count != _known.Count;
        _known = _used;
        _used = new ConcurrentDictionary<string, RecordCheck>(StringComparer.Ordinal);
        _added = 0;
        if (_file is null || !changed)
        {
            return;
        }

        var entries = _known.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var stamps = _stamps.Values.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        CacheFile.Write(_file, CacheFile.Bytes(Header, writer =>
        {
            writer.WriteAll(stamps, stamp =>
            {
                writer.Write(stamp.Path);
                writer.Write(stamp.Size);
                writer.Write(stamp.Modified);
                writer.Write(stamp.Hash);
                writer.Write(stamp.Seen);
            });
            writer.WriteAll(entries, entry =>
            {
                writer.Write(entry.Key);
                WriteCheck(writer, entry.Value);
            });
        }));
    }

    private static void WriteCheck(CacheWriter writer, RecordCheck check)
    {
        writer.WriteAll(check.Diagnostics, writer.Write);
        writer.Write(check.Entry is not null);
        if (check.Entry is not { } entry)
        {
            return;
        }

        writer.Write(entry.Path);
        writer.Write(entry.DisplayPath);
        writer.Write(entry.Hash);
        writer.Write(entry.IsValid);
        writer.Write(entry.Id);
        writer.WriteOptional(entry.Slug);
        writer.Write(entry.Chapter);
        writer.Write(entry.Title);
        writer.Write(entry.Date.DayNumber);
        writer.Write(entry.Duration?.Minutes ?? -1);
        writer.Write(entry.ObjectivesDone);
        writer.Write(entry.ObjectivesTotal);
        writer.WriteAll(entry.Tags, writer.Write);
        writer.WriteAll(entry.Untranslated.ToList(), u =>
        {
            writer.Write(u.Key);
            writer.Write(u.Value);
        });
        writer.Write(entry.ProseFields);
        writer.Write(entry.IdAt);
        writer.Write(entry.SlugAt is not null);
        if (entry.SlugAt is { } slug)
        {
            writer.Write(slug);
        }

        writer.WriteAll(entry.FollowUps, f =>
        {
            writer.Write(f.Id);
            writer.Write(f.At);
            writer.Write(f.Done);
            writer.Write(f.Title);
        });
        writer.WriteAll(entry.Outstanding, item =>
        {
            writer.Write((int)item.Kind);
            writer.Write(item.Anchor);
            writer.Write(item.Text);
            writer.WriteOptional(item.Status);
        });
        writer.Write(entry.Ratings is not null);
        if (entry.Ratings is { } ratings)
        {
            writer.Write(ratings.Knowledge ?? 0);
            writer.Write(ratings.Practice ?? 0);
            writer.Write(ratings.Recommendation ?? 0);
        }
        writer.WriteAll(entry.Files, f =>
        {
            writer.Write((int)f.Use);
            writer.Write(f.Written);
            writer.Write(f.At);
            writer.Write(f.HasAlt);
        });
    }

    private static RecordCheck ReadCheck(CacheReader reader)
    {
        var diagnostics = reader.All(reader.Diagnostic);
        if (!reader.Bool())
        {
            return new RecordCheck(null, diagnostics);
        }

        var entry = new RecordEntry(
            Path: reader.String(),
            DisplayPath: reader.String(),
            Hash: reader.String(),
            IsValid: reader.Bool(),
            Id: reader.String(),
            Slug: reader.OptionalString(),
            Chapter: reader.Int(),
            Title: reader.Localized(),
            Date: DateOnly.FromDayNumber(reader.Int()),
            Duration: reader.Int() is var minutes and >= 0 ? new ExperimentDuration(minutes) : null,
            ObjectivesDone: reader.Int(),
            ObjectivesTotal: reader.Int(),
            Tags: reader.All(reader.String),
            Untranslated: reader.All(() => KeyValuePair.Create(reader.String(), reader.Int())).ToDictionary(StringComparer.Ordinal),
            ProseFields: reader.Int(),
            IdAt: reader.Located(),
            SlugAt: reader.Bool() ? reader.Located() : null,
            FollowUps: reader.All(() => new FollowUpReference(reader.String(), reader.Located(), reader.Bool(), reader.Localized())))
        {
            Outstanding = reader.All(() => new OutstandingItem((OutstandingKind)reader.Int(), reader.String(), reader.Localized(), reader.OptionalString())),
            Ratings = reader.Bool() ? new SelfAssessment { Knowledge = Stars(reader.Int()), Practice = Stars(reader.Int()), Recommendation = Stars(reader.Int()) } : null,
            Files = reader.All(() => new Publishing.FileReference((Publishing.FileUse)reader.Int(), reader.String(), reader.Located(), reader.Bool())),
        };
        return new RecordCheck(entry, diagnostics);
    }

    /// <summary>A rating as kept: 0 for none (a rating is 1 to 5 stars).</summary>
    private static int? Stars(int kept) => kept == 0 ? null : kept;

    /// <summary>A file's size and last write time (UTC ticks) when it had the bytes of <see cref="Hash"/>, as seen at <see cref="Seen"/>.</summary>
    private sealed record FileStamp(string Path, long Size, long Modified, string Hash, long Seen);
}
