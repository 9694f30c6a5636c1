using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Loading.Yaml;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>One prose field of a record and where it is written.</summary>
/// <param name="Path">The field's YAML path, for example <c>steps[2].expected[1]</c>.</param>
public sealed record ProseField(string Path, Localized Text);

/// <summary>How much of the content is written in one language.</summary>
public sealed record LanguageCoverage(string Language, int Translated, int Total);

/// <summary>
/// Finds every prose field of a record and which languages it is written in. A plain string counts as
/// written in every language (it is the same in all of them); a map lacking a language is untranslated there.
/// </summary>
public static class TranslationCoverage
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Every <see cref="Localized"/> reachable from the record, in document order.</summary>
    public static IReadOnlyList<ProseField> Fields(LabRecord record) => FieldsOf(record);

    /// <summary>Every <see cref="Localized"/> reachable from any object (a record, the site config).</summary>
    public static IReadOnlyList<ProseField> FieldsOf(object value)
    {
        var fields = new List<ProseField>();
        Collect(value, "", fields);
        return fields;
    }

    /// <summary>Fields translated into each language, over the site config and every valid record.</summary>
    public static IReadOnlyList<LanguageCoverage> Measure(ContentSet content)
    {
        if (content.Config is not { } config)
        {
            return [];
        }

        var all = FieldsOf(config).Concat(content.ValidRecords.SelectMany(r => Fields(r.Record))).ToList();
        return [.. config.LanguageCodes.Select(l => new LanguageCoverage(l, all.Count(f => f.Text.Has(l)), all.Count))];
    }

    /// <summary>
    /// A warning for each prose field, in site.yaml or a valid record, that lacks one of the site's
    /// languages: readers of that language see another language's text, marked as not yet translated.
    /// </summary>
    public static IEnumerable<Diagnostic> Missing(ContentSet content)
    {
        if (content.Config is not { } config)
        {
            return [];
        }

        var languages = config.LanguageCodes.ToList();
        var names = config.Languages.ToDictionary(l => l.Code, l => l.Name, StringComparer.Ordinal);
        var inConfig = Warnings(FieldsOf(config), languages, names, span => null);
        var inRecords = content.ValidRecords.SelectMany(r => Warnings(Fields(r.Record), languages, names, span => r.Source.Line(span.Line)));
        return [.. inConfig.Concat(inRecords)];
    }

    private static IEnumerable<Diagnostic> Warnings(
        IEnumerable<ProseField> fields, IReadOnlyList<string> languages, IReadOnlyDictionary<string, string> names, Func<SourceSpan, string?> lineOf)
    {
        foreach (var field in fields)
        {
            foreach (var language in languages.Where(l => !field.Text.Has(l)))
            {
                var present = string.Join(", ", field.Text.Languages);
                yield return new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.MissingTranslation, field.Text.Span,
                    $"'{field.Path}' has no {names[language]} ({language}) text yet, so {language} pages show the {present} text marked as not yet translated; add the {language} text under '{language}:'.",
                    lineOf(field.Text.Span));
            }
        }
    }

    private static void Collect(object? value, string path, List<ProseField> fields)
    {
        switch (value)
        {
            case null or string or ValueType:
                return;
            case Localized text:
                fields.Add(new ProseField(path, text));
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Collect(item, $"{path}[{++index}]", fields);
                }

                return;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), PublicProperties))
        {
            var key = YamlNaming.Key(property.Name);
            Collect(property.GetValue(value), path.Length == 0 ? key : $"{path}.{key}", fields);
        }
    }

    private static PropertyInfo[] PublicProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(object))
            .OrderBy(p => p.MetadataToken)];
}
