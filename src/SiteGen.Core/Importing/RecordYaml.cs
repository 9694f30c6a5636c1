using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using SiteGen.Loading.Yaml;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Importing;

/// <summary>
/// Writes a record as the YAML <c>sitegen check</c> reads back into an equal record: keys in the model's
/// order and its snake_case names, nothing that is empty or at its default, text of several lines as a
/// literal block, and a value that YAML would read as a number, a date or a boolean quoted.
/// </summary>
public static partial class RecordYaml
{
    public static string Write(LabRecord record, string? schemaComment = null)
    {
        var stream = new YamlStream(new YamlDocument(Node(record)!));
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var settings = new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: false, indentSequences: true, newLine: "\n");
        stream.Save(new Emitter(writer, settings), assignAnchors: false);
        var text = writer.ToString();
        text = text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;

        // YamlDotNet escapes characters beyond the first plane (📊 as \U0001F4CA) inside double quotes, where
        // YAML may hold them as they are: an author reading the file sees the emoji.
        var readable = QuotedLine().Replace(text, line => AstralEscape().Replace(line.Value, m =>
            m.Groups["pairs"].Value + char.ConvertFromUtf32(int.Parse(m.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

        // A line of a literal block can look like a quoted value: keep the rewrite only if it reads back the same.
        text = readable == text || SameValues(readable, text) ? readable : text;
        return (schemaComment is null ? "" : schemaComment + "\n") + text;
    }

    private static YamlNode? Node(object? value) => value switch
    {
        null => null,
        string text => Scalar(text),
        Localized localized => Localized(localized),
        bool flag => flag ? new YamlScalarNode("true") : null,
        int number => new YamlScalarNode(number.ToString(CultureInfo.InvariantCulture)),
        DateOnly date => new YamlScalarNode(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime time => new YamlScalarNode(time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        ExperimentDuration duration => new YamlScalarNode(Duration(duration)),
        Enum choice => new YamlScalarNode(YamlNaming.EnumValue(choice.ToString())),
        IEnumerable list => Sequence(list),
        _ => Mapping(value),
    };

    private static YamlNode Mapping(object value)
    {
        var mapping = new YamlMappingNode();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Only what the loader can set: a computed property is no key of the record.
            if (property.PropertyType == typeof(Diagnostics.SourceSpan) || property.GetIndexParameters().Length > 0 || property.SetMethod is null)
            {
                continue;
            }

            if (Node(property.GetValue(value)) is { } node)
            {
                mapping.Add(YamlNaming.Key(property.Name), node);
            }
        }

        // A command with nothing but its run is written as the run alone (ScalarShorthand).
        if (value.GetType().GetCustomAttribute<ScalarShorthandAttribute>() is { } shorthand
            && mapping.Children.Count == 1
            && mapping.Children.Single() is { Key: YamlScalarNode { Value: var key }, Value: YamlScalarNode only }
            && key == YamlNaming.Key(shorthand.Property))
        {
            return only;
        }

        // An object with nothing set is still there ("results: {}" shows the section), unlike an absent one.
        return mapping.Children.Count == 0 ? new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow } : mapping;
    }

    private static YamlSequenceNode? Sequence(IEnumerable list)
    {
        var sequence = new YamlSequenceNode();
        foreach (var item in list)
        {
            if (Node(item) is { } node)
            {
                sequence.Add(node);
            }
        }

        return sequence.Children.Count == 0 ? null : sequence;
    }

    private static YamlNode Localized(Localized text)
    {
        if (text.Neutral is { } neutral)
        {
            return Scalar(neutral);
        }

        var mapping = new YamlMappingNode();
        foreach (var language in text.Languages)
        {
            mapping.Add(language, Scalar(text.Resolve(language, []).Text));
        }

        return mapping;
    }

    private static YamlScalarNode Scalar(string text)
    {
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return new YamlScalarNode(text) { Style = ScalarStyle.Literal };
        }

        return new YamlScalarNode(text) { Style = NeedsQuotes(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
    }

    private static bool SameValues(string first, string second)
    {
        static IEnumerable<string> Values(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents[0].AllNodes.OfType<YamlScalarNode>().Select(n => n.Value ?? "");
        }

        return Values(first).SequenceEqual(Values(second), StringComparer.Ordinal);
    }

    /// <summary>Text that a YAML 1.1 or 1.2 reader would take for something else, or that starts like YAML syntax.</summary>
    private static bool NeedsQuotes(string text) => text.Length == 0 || Ambiguous().IsMatch(text) || text != text.Trim();

    [GeneratedRegex(@"(?<!\\)(?<pairs>(?:\\\\)*)\\U(?<code>[0-9A-F]{8})")]
    private static partial Regex AstralEscape();

    /// <summary>A line whose value is a double-quoted scalar, the only place an escape is an escape.</summary>
    [GeneratedRegex(@"^[ ]*(?:- )*(?:[a-z_]+: )?""(?:[^""\\]|\\.)*""$", RegexOptions.Multiline)]
    private static partial Regex QuotedLine();

    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_.:eE+-]*|true|false|yes|no|on|off|y|n|null|~|[-?:,\[\]{}#&*!|>'""%@`].*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ambiguous();

    /// <summary><c>1.5h</c> for whole and half hours, <c>1h45m</c> above an hour, <c>45m</c> below.</summary>
    private static string Duration(ExperimentDuration duration) => duration.Minutes switch
    {
        >= 60 and var m when m % 30 == 0 => (m / 60.0).ToString("0.#", CultureInfo.InvariantCulture) + "h",
        >= 60 and var m => string.Create(CultureInfo.InvariantCulture, $"{m / 60}h{m % 60}m"),
        var m => m.ToString(CultureInfo.InvariantCulture) + "m",
    };
}
