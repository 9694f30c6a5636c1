using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Caching;

/// <summary>Reads what <see cref="CacheWriter"/> wrote. A damaged file ends in an exception the caller turns into "no cache".</summary>
internal sealed class CacheReader(Stream stream) : IDisposable
{
    private readonly BinaryReader _reader = new(stream, Encoding.UTF8, leaveOpen: true);

    public string String() => _reader.ReadString();

    public int Int() => _reader.ReadInt32();

    public long Long() => _reader.ReadInt64();

    public bool Bool() => _reader.ReadBoolean();

    public string? OptionalString() => _reader.ReadBoolean() ? _reader.ReadString() : null;

    public SourceSpan Span() => new(_reader.ReadString(), _reader.ReadInt32(), _reader.ReadInt32());

    public Localized? Localized()
    {
        if (!_reader.ReadBoolean())
        {
            return null;
        }

        var span = Span();
        var neutral = OptionalString();
        var count = _reader.ReadInt32();
        var texts = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            texts[_reader.ReadString()] = _reader.ReadString();
        }

        return neutral is not null ? Model.Localized.Of(neutral, span) : Model.Localized.Of(texts, span);
    }

    public Diagnostic Diagnostic() =>
        new((DiagnosticSeverity)_reader.ReadInt32(), _reader.ReadString(), Span(), _reader.ReadString(), OptionalString())
        {
            Language = OptionalString(),
            Field = OptionalString(),
        };

    public Located Located() => new(Span(), OptionalString());

    public List<T> All<T>(Func<T> read)
    {
        var count = _reader.ReadInt32();
        if (count < 0 || count > 10_000_000)
        {
            throw new InvalidDataException("A count in the cache is out of range.");
        }

        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }

    public void Dispose() => _reader.Dispose();
}
