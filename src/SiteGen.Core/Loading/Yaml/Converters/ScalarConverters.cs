using System.Globalization;
using System.Text.Json.Nodes;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Loading.Yaml.Converters;

/// <summary>
/// Text: any scalar, as written. YAML reads an unquoted <c>2.1</c> or <c>true</c> as a number or a
/// boolean, but SiteGen keeps the text, so the schema accepts those too.
/// </summary>
internal sealed class TextConverter : ScalarConverter
{
    public override string Expected(Type type) => "text";

    protected override object? Parse(string text, Type type, out (string Code, string Message)? problem)
    {
        problem = null;
        return text;
    }

    public override JsonObject Schema(Type type, SchemaContext context) => TextSchema();

    public static JsonObject TextSchema() => new() { ["type"] = new JsonArray("string", "number", "boolean") };
}

/// <summary>A whole number; written as a number or as quoted digits.</summary>
internal sealed class WholeNumberConverter : ScalarConverter
{
    public override string Expected(Type type) => "a whole number";

    protected override object? Parse(string text, Type type, out (string Code, string Message)? problem)
    {
        problem = null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problem = (DiagnosticCodes.WrongType, $"must be a whole number, but it is '{text}'.");
        return null;
    }

    public override JsonObject Schema(Type type, SchemaContext context) =>
        new() { ["type"] = new JsonArray("integer", "string"), ["pattern"] = @"^\s*[+-]?[0-9]+\s*$" };
}

/// <summary>true or false, in any letter case.</summary>
internal sealed class TrueFalseConverter : ScalarConverter
{
    public override string Expected(Type type) => "true or false";

    protected override object? Parse(string text, Type type, out (string Code, string Message)? problem)
    {
        problem = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "true": return true;
            case "false": return false;
            default:
                problem = (DiagnosticCodes.WrongType, $"must be true or false, but it is '{text}'.");
                return null;
        }
    }

    public override JsonObject Schema(Type type, SchemaContext context) =>
        new() { ["type"] = new JsonArray("boolean", "string"), ["pattern"] = @"^\s*([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\s*$" };
}

/// <summary>A date, YYYY-MM-DD.</summary>
internal sealed class DateConverter : ScalarConverter
{
    public override string Expected(Type type) => "a date (YYYY-MM-DD)";

    protected override object? Parse(string text, Type type, out (string Code, string Message)? problem)
    {
        problem = null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problem = (DiagnosticCodes.InvalidDate, $"is '{text}', which is not a valid date; write it as YYYY-MM-DD, for example 2024-01-15.");
        return null;
    }

    public override JsonObject Schema(Type type, SchemaContext context) =>
        new() { ["type"] = "string", ["pattern"] = @"^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\s*$" };
}

/// <summary>A date and time, YYYY-MM-DD HH:mm (a T instead of the space, and seconds, allowed).</summary>
internal sealed class DateAndTimeConverter : ScalarConverter
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    public override string Expected(Type type) => "a date and time (YYYY-MM-DD HH:mm)";

    protected override object? Parse(string text, Type type, out (string Code, string Message)? problem)
    {
        problem = null;
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        problem = (DiagnosticCodes.InvalidDate,
            $"is '{text}', which is not a valid date and time; write it as YYYY-MM-DD HH:mm, for example 2024-01-15 13:00.");
        return null;
    }

    public override JsonObject Schema(Type type, SchemaContext context) =>
        new() { ["type"] = "string", ["pattern"] = @"^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?\s*$" };
}

/// <summary>How long an experiment took: 1.5h, 90m, 1h30m.</summary>
internal sealed class DurationConverter : ScalarConverter
{
    public override string Expected(Type type) => "a duration such as 1.5h";

    protected override object? Parse(string text, Type type, out (string Code, string Message)? problem)
    {
        problem = null;
        if (ExperimentDuration.TryParse(text.Trim(), out var duration))
        {
            return duration;
        }

        problem = (DiagnosticCodes.InvalidDuration, $"is '{text}', which is not a duration; write hours or minutes, for example 1.5h, 90m or 1h30m.");
        return null;
    }

    public override JsonObject Schema(Type type, SchemaContext context) =>
        new() { ["type"] = "string", ["pattern"] = "^(?=.*[1-9])" + ExperimentDuration.Format[1..] };
}

/// <summary>One of an enum's members, written in kebab-case (<c>in-progress</c>; <c>in_progress</c> is read too).</summary>
internal sealed class ChoiceConverter : ScalarConverter
{
    public override string Expected(Type type) => "one of: " + string.Join(", ", Names(type));

    protected override object? Parse(string text, Type type, out (string Code, string Message)? problem)
    {
        problem = null;
        var choices = Enum.GetNames(type).ToDictionary(YamlNaming.EnumValue, n => Enum.Parse(type, n), StringComparer.Ordinal);
        var trimmed = text.Trim();
        if (choices.TryGetValue(trimmed.Replace('_', '-'), out var choice))
        {
            return choice;
        }

        var hint = Suggestions.Nearest(trimmed, choices.Keys) is { } near ? $" Did you mean '{near}'?" : "";
        problem = (DiagnosticCodes.InvalidChoice, $"is '{text}', which is not one of: {string.Join(", ", choices.Keys)}.{hint}");
        return null;
    }

    public override JsonObject Schema(Type type, SchemaContext context)
    {
        var names = Names(type).ToList();
        var values = new JsonArray();
        foreach (var name in names.Concat(names.Where(n => n.Contains('-', StringComparison.Ordinal)).Select(n => n.Replace('-', '_'))))
        {
            values.Add(name);
        }

        return new JsonObject { ["type"] = "string", ["enum"] = values };
    }

    private static IEnumerable<string> Names(Type type) => Enum.GetNames(type).Select(YamlNaming.EnumValue);
}
