using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Loading.Yaml;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>One prose field of a record and where it is written.</summary>
/// <param name="isLiteral">Shown verbatim (code, a diagram's source), not read as Markdown (<see cref="LiteralTextAttribute"/>).</param>
public sealed class ProseField(FieldPath path, Localized text, bool isLiteral)
{
    /// <summary>The field's YAML path, for example <c>steps[2].expected[1]</c>; spelled out only when asked for.</summary>
    public string Path => path.ToString();

    public Localized Text { get; } = text;

    public bool IsLiteral { get; } = isLiteral;
}

/// <summary>A YAML path as a chain of keys and item numbers, made into text only for a message.</summary>
public sealed class FieldPath(FieldPath? parent, string? key, int item)
{
    public static readonly FieldPath Root = new(null, null, 0);

    public FieldPath Key(string name) => new(this, name, 0);

    public FieldPath Item(int number) => new(this, null, number);

    public override string ToString()
    {
        if (parent is null)
        {
            return "";
        }

        var above = parent.ToString();
        return key is null ? $"{above}[{item}]" : above.Length == 0 ? key : $"{above}.{key}";
    }
}

/// <summary>How much of the content is written in one language.</summary>
/// <param name="MostUntranslated">The records with the most fields lacking the language, most first; at most <see cref="TranslationCoverage.MostUntranslatedShown"/>.</param>
public sealed record LanguageCoverage(string Language, int Translated, int Total, IReadOnlyList<UntranslatedRecord> MostUntranslated)
{
    /// <summary>The percent required by <c>site.yaml</c> or the command line; null when nothing is required.</summary>
    public int? Required { get; init; }

    /// <summary>True when a requirement is set and not met.</summary>
    public bool IsShort => Required is { } required && ShortOf(required) > 0;

    /// <summary>The share translated, in percent; 100 when there is nothing to translate.</summary>
    public double Percent => Total == 0 ? 100 : 100.0 * Translated / Total;

    /// <summary>How many more fields must be translated to reach <paramref name="percent"/> (0 when it is reached).</summary>
    public int ShortOf(int percent) => Math.Max(0, (int)Math.Ceiling(percent * (long)Total / 100.0) - Translated);

    public bool Equals(LanguageCoverage? other) =>
        other is not null && (Language, Translated, Total, Required) == (other.Language, other.Translated, other.Total, other.Required)
        && MostUntranslated.SequenceEqual(other.MostUntranslated);

    public override int GetHashCode() => HashCode.Combine(Language, Translated, Total);
}

/// <summary>A record with fields not yet translated into a language, and how many.</summary>
public sealed record UntranslatedRecord(string DisplayPath, string Id, int Fields);

/// <summary>
/// Finds every prose field of a record or of the site config, and which languages each is written in.
/// Whether a field is translated into a language is <see cref="Localized.Has"/>, and nothing else: a plain
/// string in Latin script counts as written in every language, a plain string in a site language's script
/// (Han, kana, Hangul) only in that language (decided when it is read, <c>WritingScript</c>); a map lacking a
/// language is untranslated there. The warnings, the coverage summary, the index and the pages all count with it.
/// </summary>
public static class TranslationCoverage
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Key, bool Literal)[]> Properties = new();

    /// <summary>Every <see cref="Localized"/> reachable from the record, in document order.</summary>
    public static IReadOnlyList<ProseField> Fields(LabRecord record) => FieldsOf(record);

    /// <summary>Every <see cref="Localized"/> reachable from any object (a record, the site config).</summary>
    public static IReadOnlyList<ProseField> FieldsOf(object value)
    {
        var fields = new List<ProseField>();
        Collect(value, FieldPath.Root, literal: false, fields);
        return fields;
    }

    /// <summary>
    /// A warning for each field that lacks one of the site's languages: readers of that language see
    /// another language's text, marked as not yet translated.
    /// </summary>
    /// <param name="source">The file the fields are in, for the line under each warning; null to show none.</param>
    public static IEnumerable<Diagnostic> Missing(IEnumerable<ProseField> fields, SiteConfig config, SourceText? source)
    {
        foreach (var field in fields)
        {
            foreach (var language in config.Languages.Where(l => !field.Text.Has(l.Code)))
            {
                var present = string.Join(", ", field.Text.Languages);
                yield return new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MissingTranslation, field.Text.Span,
                    $"'{field.Path}' has no {language.Name} ({language.Code}) text yet, so {language.Code} pages show the {present} text marked as not yet translated; add the {language.Code} text under '{language.Code}:'.",
                    source?.Line(field.Text.Span.Line))
                {
                    Language = language.Code,
                    Field = field.Path,
                };
            }
        }
    }

    /// <summary>How many records <see cref="LanguageCoverage.MostUntranslated"/> names.</summary>
    public const int MostUntranslatedShown = 3;

    /// <summary>Fields translated into each language, over the site config's fields and every record.</summary>
    public static IReadOnlyList<LanguageCoverage> Measure(SiteConfig config, IReadOnlyList<ProseField> configFields, IEnumerable<RecordEntry> records)
    {
        var list = records.ToList();
        var total = configFields.Count + list.Sum(r => r.ProseFields);
        return [.. config.LanguageCodes.Select(l => new LanguageCoverage(
            l,
            configFields.Count(f => f.Text.Has(l)) + list.Sum(r => r.ProseFields - r.Untranslated.GetValueOrDefault(l)),
            total,
            [.. list
                .Select(r => new UntranslatedRecord(r.DisplayPath, r.Id, r.Untranslated.GetValueOrDefault(l)))
                .Where(r => r.Fields > 0)
                .OrderByDescending(r => r.Fields)
                .ThenBy(r => r.DisplayPath, StringComparer.Ordinal)
                .Take(MostUntranslatedShown)]))];
    }

    private static void Collect(object? value, FieldPath path, bool literal, List<ProseField> fields)
    {
        switch (value)
        {
            case null or string or ValueType:
                return;
            case Localized text:
                fields.Add(new ProseField(path, text, literal));
                return;
            case IDictionary map:
                // Names the author chose (a tag's id): each is a key of the path, as in the file.
                foreach (DictionaryEntry entry in map)
                {
                    Collect(entry.Value, path.Key((string)entry.Key), literal, fields);
                }

                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Collect(item, path.Item(++index), literal, fields);
                }

                return;
        }

        foreach (var (property, key, isLiteral) in Properties.GetOrAdd(value.GetType(), PublicProperties))
        {
            Collect(property.GetValue(value), path.Key(key), isLiteral, fields);
        }
    }

    private static (PropertyInfo, string, bool)[] PublicProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(object) && !IsLeaf(p.PropertyType))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p, YamlNaming.Key(p.Name), p.IsDefined(typeof(LiteralTextAttribute), inherit: false)))];

    /// <summary>Properties that can never hold prose: not walked at all.</summary>
    private static bool IsLeaf(Type type) =>
        type == typeof(string) || (type.IsValueType && Nullable.GetUnderlyingType(type) is null or { IsPrimitive: true } or { IsEnum: true })
        || type == typeof(IReadOnlyList<string>);
}
