using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Text that may differ per language. In YAML it is either a plain string, which is the same in every
/// language (a name, a command, a number), or a map keyed by language code (<c>zh</c>, <c>en</c>).
/// A map that lacks a language is <em>untranslated</em> in that language.
/// </summary>
public sealed class Localized
{
    private readonly IReadOnlyDictionary<string, string> _byLanguage;

    private Localized(string? neutral, IReadOnlyDictionary<string, string> byLanguage, SourceSpan span)
    {
        Neutral = neutral;
        _byLanguage = byLanguage;
        Span = span;
    }

    /// <summary>The text when it is the same in every language, otherwise null.</summary>
    public string? Neutral { get; }

    /// <summary>Where the value starts in its file, for diagnostics about it.</summary>
    public SourceSpan Span { get; }

    public bool IsNeutral => Neutral is not null;

    /// <summary>The languages this text is written in, in file order; empty when neutral.</summary>
    public IEnumerable<string> Languages => _byLanguage.Keys;

    public static Localized Of(string text, SourceSpan span = default) =>
        new(text, new Dictionary<string, string>(), span);

    public static Localized Of(IReadOnlyDictionary<string, string> byLanguage, SourceSpan span = default) =>
        new(null, byLanguage, span);

    /// <summary>Whether a reader of <paramref name="language"/> sees this text in their own language.</summary>
    public bool Has(string language) => IsNeutral || _byLanguage.ContainsKey(language);

    /// <summary>
    /// The text for <paramref name="language"/>; when it is missing, the text of the first language in
    /// <paramref name="fallbackOrder"/> that has one, marked as a fallback.
    /// </summary>
    public LocalizedText Resolve(string language, IEnumerable<string> fallbackOrder)
    {
        if (Neutral is not null)
        {
            return new LocalizedText(Neutral, language, IsFallback: false);
        }

        if (_byLanguage.TryGetValue(language, out var text))
        {
            return new LocalizedText(text, language, IsFallback: false);
        }

        foreach (var other in fallbackOrder.Concat(_byLanguage.Keys))
        {
            if (_byLanguage.TryGetValue(other, out var fallback))
            {
                return new LocalizedText(fallback, other, IsFallback: true);
            }
        }

        return new LocalizedText(string.Empty, language, IsFallback: false);
    }

    public override string ToString() => Neutral ?? string.Join(" / ", _byLanguage.Values);
}
