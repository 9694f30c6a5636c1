using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Loading.Yaml.Converters;

/// <summary>
/// <see cref="Localized"/> text: one scalar, the same in every language unless it is written in a script of
/// one of them (<see cref="WritingScript"/>), or a map of the site's language codes to text (<c>zh: ...</c>, <c>en: ...</c>).
/// </summary>
internal sealed class LocalizedConverter : YamlConverter
{
    public override string Expected(Type type) => "text, or a map of languages to text (zh: ..., en: ...)";

    public override object? Read(SyntaxNode node, Type type, BindPath path, IBindContext context)
    {
        switch (node)
        {
            case ScalarNode scalar:
                // A plain Chinese sentence is Chinese, not the same in every language: English pages mark it.
                return !context.IsLiteral && context.Languages is { } siteLanguages && WritingScript.LanguageOf(scalar.Value, siteLanguages) is { } writtenIn
                    ? Localized.Of(new Dictionary<string, string>(StringComparer.Ordinal) { [writtenIn] = scalar.Value }, scalar.Span)
                    : Localized.Of(scalar.Value, scalar.Span);
            case MappingNode mapping when mapping.Entries.Count > 0:
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                string? previous = null;
                foreach (var (key, value) in mapping.Entries)
                {
                    if (context.Languages is { } declared && !declared.Contains(key.Value, StringComparer.Ordinal)
                        && previous is not null && value is ScalarNode { IsNull: true } && !Regex.IsMatch(key.Value, ModelPatterns.Language))
                    {
                        // {zh: …, en: Files, flags}: the comma ended the English text, and "flags" became a key.
                        context.Error(DiagnosticCodes.UnknownLanguage, key.Span,
                            $"'{key.Value}' in '{path.Name}' {path.Where} is read as a language because a comma inside {{…}} ends the text before it; quote text that holds a comma: {previous}: \"{texts.GetValueOrDefault(previous)}, {key.Value}\".");
                        continue;
                    }

                    if (context.Languages is { } languages && !languages.Contains(key.Value, StringComparer.Ordinal))
                    {
                        var hint = Suggestions.Nearest(key.Value, languages) is { } near ? $" Did you mean '{near}'?" : "";
                        context.Error(DiagnosticCodes.UnknownLanguage, key.Span,
                            $"Unknown language '{key.Value}' in '{path.Name}' {path.Where}; site.yaml declares {string.Join(", ", languages)}.{hint} Use one of those or add the language to site.yaml.");
                        continue;
                    }

                    if (value is not ScalarNode text || text.IsNull)
                    {
                        context.Error(DiagnosticCodes.WrongType, value.Span,
                            $"The {key.Value} text of '{path.Name}' {path.Where} must be text, but it is {value.Describe()}.");
                        continue;
                    }

                    texts[key.Value] = text.Value;
                    previous = key.Value;
                }

                return texts.Count > 0 ? Localized.Of(texts, node.Span) : null;
            default:
                context.Error(DiagnosticCodes.WrongType, node.Span,
                    $"'{path.Name}' {path.Where} must be {Expected(type)}, but it is {node.Describe()}.");
                return null;
        }
    }

    public override string? DefinitionName(Type type) => nameof(Localized);

    public override JsonObject Schema(Type type, SchemaContext context)
    {
        var byLanguage = new JsonObject { ["type"] = "object", ["minProperties"] = 1 };
        if (context.Languages is { } languages)
        {
            var properties = new JsonObject();
            foreach (var language in languages)
            {
                properties[language] = TextConverter.TextSchema();
            }

            byLanguage["properties"] = properties;
            byLanguage["additionalProperties"] = false;
        }
        else
        {
            byLanguage["propertyNames"] = new JsonObject { ["pattern"] = ModelPatterns.Language };
            byLanguage["additionalProperties"] = TextConverter.TextSchema();
        }

        return new JsonObject { ["anyOf"] = new JsonArray(TextConverter.TextSchema(), byLanguage) };
    }
}
