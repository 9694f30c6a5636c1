using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Loading.Yaml;

namespace SiteGen.Core.Tests.Schema;

/// <summary>
/// A YAML file as a YAML-aware editor hands it to a JSON Schema validator: YAML 1.2's core schema, where an
/// unquoted <c>3</c> is a number, <c>true</c> a boolean, an empty value null, and anything quoted text.
/// </summary>
internal static partial class YamlAsJson
{
    public static JsonElement Read(string yaml)
    {
        var tree = YamlTreeReader.Read(new SourceText("record.yaml", yaml), new DiagnosticBag())
            ?? throw new InvalidOperationException("Not YAML.");
        return JsonSerializer.SerializeToElement(Convert(tree));
    }

    private static JsonNode? Convert(SyntaxNode node) => node switch
    {
        MappingNode mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        SequenceNode sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        ScalarNode { IsNull: true } => null,
        ScalarNode { IsPlain: true, Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        ScalarNode { IsPlain: true, Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        ScalarNode { IsPlain: true } scalar when Number().IsMatch(scalar.Value) => JsonNode.Parse(scalar.Value.TrimStart('+')),
        ScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException(node.Describe()),
    };

    // JSON's own number syntax: what YAML 1.2 reads as an integer or a float and JSON can hold.
    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex Number();
}
