using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Caching;

/// <summary>
/// Writes the caches' binary form: length-prefixed UTF-8 strings, counts before lists, a flag before
/// anything optional. Binary because a warm build reads thousands of entries: the JSON it replaced took a
/// third of a build that had nothing to do.
/// </summary>
internal sealed class CacheWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter _writer = new(stream, Encoding.UTF8, leaveOpen: true);

    public void Write(string value) => _writer.Write(value);

    public void Write(int value) => _writer.Write(value);

    public void Write(long value) => _writer.Write(value);

    public void Write(bool value) => _writer.Write(value);

    public void WriteOptional(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null)
        {
            _writer.Write(value);
        }
    }

    public void Write(SourceSpan span)
    {
        _writer.Write(span.File);
        _writer.Write(span.Line);
        _writer.Write(span.Column);
    }

    public void Write(Localized? text)
    {
        _writer.Write(text is not null);
        if (text is null)
        {
            return;
        }

        Write(text.Span);
        WriteOptional(text.Neutral);
        var languages = text.Languages.ToList();
        _writer.Write(languages.Count);
        foreach (var language in languages)
        {
            _writer.Write(language);
            _writer.Write(text.Resolve(language, []).Text);
        }
    }

    public void Write(Diagnostic diagnostic)
    {
        _writer.Write((int)diagnostic.Severity);
        _writer.Write(diagnostic.Code);
        Write(diagnostic.Span);
        _writer.Write(diagnostic.Message);
        WriteOptional(diagnostic.LineText);
        WriteOptional(diagnostic.Language);
        WriteOptional(diagnostic.Field);
    }

    public void Write(Located located)
    {
        Write(located.Span);
        WriteOptional(located.Line);
    }

    public void WriteAll<T>(IReadOnlyCollection<T> items, Action<T> write)
    {
        _writer.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    public void Dispose() => _writer.Dispose();
}
