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
    private Dictionary<string, int>? _positions;

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
    /// far: once every record is in, its neighbours on the site (then looked up in <see cref="Records"/>; while
    /// records are still coming, found by one pass over the entries, without copying them).
    /// </summary>
    public (RecordEntry? Previous, RecordEntry? Next) Neighbours(RecordEntry entry)
    {
        if (_ordered is not null)
        {
            _positions ??= _ordered.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var at = _positions[entry.Id];
            return (
                at > 0 && _ordered[at - 1].Chapter == entry.Chapter ? _ordered[at - 1] : null,
                at + 1 < _ordered.Count && _ordered[at + 1].Chapter == entry.Chapter ? _ordered[at + 1] : null);
        }

        RecordEntry? previous = null, next = null;
        foreach (var (id, other) in _byId)
        {
            if (other.Chapter != entry.Chapter || id == entry.Id)
            {
                continue;
            }

            if (InReadingOrder(other, entry) && (previous is null || InReadingOrder(previous, other)))
            {
                previous = other;
            }
            else if (InReadingOrder(entry, other) && (next is null || InReadingOrder(other, next)))
            {
                next = other;
            }
        }

        return (previous, next);
    }

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/> in their chapter: by experiment number, then id.</summary>
    private static bool InReadingOrder(RecordEntry a, RecordEntry b) =>
        Number(a.Id) != Number(b.Id) ? Number(a.Id) < Number(b.Id) : string.CompareOrdinal(a.Id, b.Id) < 0;

    public LanguageView LanguageView(string code)
    {
        var language = Config.Languages.First(l => l.Code == code);
        return new LanguageView(language.Code, language.Tag, language.Name);
    }

    /// <summary>An experiment's number in its chapter: 12 in <c>2.12</c>.</summary>
    internal static int Number(string id) => int.Parse(id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
