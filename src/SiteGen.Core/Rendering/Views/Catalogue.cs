using System.Collections.Concurrent;
using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The records of the site by id, with the URL scheme: what a page needs to know about the others. Holds
/// only their <see cref="RecordEntry"/>s, never the records themselves. A build adds entries as records are
/// checked (from any thread) and renders an experiment as soon as the records it links to are in;
/// <see cref="Records"/>, in reading order (chapter, then experiment number), is for the indexes, once all are in.
/// </summary>
public sealed class Catalogue
{
    private readonly ConcurrentDictionary<string, RecordEntry> _byId = new(StringComparer.Ordinal);
    private IReadOnlyList<RecordEntry>? _ordered;

    public Catalogue(SiteConfig config, IEnumerable<RecordEntry>? records = null)
    {
        Config = config;
        Layout = new SiteLayout(config);
        foreach (var record in records ?? [])
        {
            Add(record);
        }
    }

    public SiteConfig Config { get; }

    public SiteLayout Layout { get; }

    /// <summary>Every entry, in reading order; no entry may be added once this has been read.</summary>
    public IReadOnlyList<RecordEntry> Records => _ordered ??=
        [.. _byId.Values.OrderBy(r => r.Chapter).ThenBy(r => Number(r.Id)).ThenBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>Adds an entry; false when its id is taken (a duplicate id, which check reports).</summary>
    public bool Add(RecordEntry entry)
    {
        if (_ordered is not null)
        {
            throw new InvalidOperationException("The catalogue's records were listed already; an entry added now would be missing from them.");
        }

        return _byId.TryAdd(entry.Id, entry);
    }

    public RecordEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The experiments before and after this one in its chapter, in reading order, among the entries added so
    /// far: once every record is in, its neighbours on the site.
    /// </summary>
    public (RecordEntry? Previous, RecordEntry? Next) Neighbours(RecordEntry entry)
    {
        RecordEntry? previous = null, next = null;
        var at = (entry.Chapter, Number: Number(entry.Id), entry.Id);
        foreach (var other in _byId.Values)
        {
            if (other.Chapter != entry.Chapter || other.Id == entry.Id)
            {
                continue;
            }

            var key = (other.Chapter, Number: Number(other.Id), other.Id);
            if (Before(key, at) && (previous is null || Before((previous.Chapter, Number(previous.Id), previous.Id), key)))
            {
                previous = other;
            }
            else if (Before(at, key) && (next is null || Before(key, (next.Chapter, Number(next.Id), next.Id))))
            {
                next = other;
            }
        }

        return (previous, next);
    }

    private static bool Before((int Chapter, int Number, string Id) a, (int Chapter, int Number, string Id) b) =>
        a.Number != b.Number ? a.Number < b.Number : string.CompareOrdinal(a.Id, b.Id) < 0;

    public LanguageView LanguageView(string code)
    {
        var language = Config.Languages.First(l => l.Code == code);
        return new LanguageView(language.Code, language.Tag, language.Name);
    }

    private static int Number(string id) => int.Parse(id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
