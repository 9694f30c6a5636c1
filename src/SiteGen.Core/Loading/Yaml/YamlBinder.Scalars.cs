using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Loading.Yaml;

public sealed partial class YamlBinder
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    private object? ParseScalar(ScalarNode node, Type type, BindPath path)
    {
        var text = node.Value.Trim();
        var where = $"'{path.Name}' {path.Where}";
        if (type == typeof(string))
        {
            return node.Value;
        }

        if (type == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            return Fail(DiagnosticCodes.WrongType, $"{where} must be a whole number, but it is '{node.Value}'.");
        }

        if (type == typeof(bool))
        {
            return text.ToLowerInvariant() switch
            {
                "true" => true,
                "false" => false,
                _ => Fail(DiagnosticCodes.WrongType, $"{where} must be true or false, but it is '{node.Value}'."),
            };
        }

        if (type == typeof(DateOnly))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            return Fail(DiagnosticCodes.InvalidDate,
                $"{where} is '{node.Value}', which is not a valid date; write it as YYYY-MM-DD, for example 2024-01-15.");
        }

        if (type == typeof(DateTime))
        {
            if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }

            return Fail(DiagnosticCodes.InvalidDate,
                $"{where} is '{node.Value}', which is not a valid date and time; write it as YYYY-MM-DD HH:mm, for example 2024-01-15 13:00.");
        }

        if (type == typeof(ExperimentDuration))
        {
            if (ExperimentDuration.TryParse(text, out var duration))
            {
                return duration;
            }

            return Fail(DiagnosticCodes.InvalidDuration,
                $"{where} is '{node.Value}', which is not a duration; write hours or minutes, for example 1.5h, 90m or 1h30m.");
        }

        if (type.IsEnum)
        {
            var choices = Enum.GetNames(type).ToDictionary(YamlNaming.EnumValue, n => Enum.Parse(type, n), StringComparer.Ordinal);
            if (choices.TryGetValue(text.Replace('_', '-'), out var choice))
            {
                return choice;
            }

            var hint = Suggestions.Nearest(text, choices.Keys) is { } near ? $" Did you mean '{near}'?" : "";
            return Fail(DiagnosticCodes.InvalidChoice,
                $"{where} is '{node.Value}', which is not one of: {string.Join(", ", choices.Keys)}.{hint}");
        }

        throw new NotSupportedException($"SiteGen cannot bind YAML to {type}.");

        object? Fail(string code, string message)
        {
            Error(code, node.Span, message);
            return null;
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(Localized) => "text, or a map of languages to text (zh: ..., en: ...)",
        _ when type == typeof(string) => "text",
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date (YYYY-MM-DD)",
        _ when type == typeof(DateTime) => "a date and time (YYYY-MM-DD HH:mm)",
        _ when type == typeof(ExperimentDuration) => "a duration such as 1.5h",
        _ when type.IsEnum => "one of: " + string.Join(", ", Enum.GetNames(type).Select(YamlNaming.EnumValue)),
        _ => "a single value",
    };
}
