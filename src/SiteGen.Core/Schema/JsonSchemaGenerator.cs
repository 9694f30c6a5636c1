using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Configuration;
using SiteGen.Loading.Yaml;
using SiteGen.Loading.Yaml.Converters;
using SiteGen.Model;

namespace SiteGen.Schema;

/// <summary>
/// The JSON Schema (draft-07) of a lab record and of <c>site.yaml</c>, generated from the model the binder
/// binds to: the same keys (snake_case), required members, patterns, ranges and list limits, each value
/// described by the converter that reads it, and every field's description taken from its documentation
/// comment. Editors (the YAML language server in VS Code, JetBrains IDEs) use it for completion, hover
/// help and errors as the author types.
/// </summary>
public static class JsonSchemaGenerator
{
    /// <summary>The file names <c>sitegen schema</c> writes; <c>sitegen new</c> points new records at the first.</summary>
    public const string RecordFile = "lab-record.schema.json";

    public const string SiteFile = "site.schema.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The schema of a lab record.</summary>
    /// <param name="languages">The site's language codes, the keys a localized map may have; null for any.</param>
    public static JsonObject ForRecord(IReadOnlyList<string>? languages) =>
        Generate(typeof(LabRecord), "SiteGen lab record", languages);

    /// <summary>The schema of <c>site.yaml</c> (its localized texts may use any language code).</summary>
    public static JsonObject ForSite() => Generate(typeof(SiteConfig), "SiteGen site.yaml", languages: null);

    /// <summary>A schema as written to a file: indented, with a final line break.</summary>
    public static string Format(JsonObject schema) => schema.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JsonObject Generate(Type root, string title, IReadOnlyList<string>? languages)
    {
        var writer = new Writer(new SchemaContext(languages), XmlDocumentation.Of(typeof(LabRecord).Assembly));
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = title,
        };
        foreach (var (key, value) in writer.Object(root))
        {
            schema[key] = value?.DeepClone();
        }

        schema["definitions"] = writer.Definitions;
        return schema;
    }

    /// <summary>Writes one schema: objects other than the root go into <c>definitions</c>, once each, by type name.</summary>
    private sealed class Writer(SchemaContext context, XmlDocumentation docs)
    {
        public JsonObject Definitions { get; } = [];

        public JsonObject Object(Type type)
        {
            var shape = TypeShape.Of(type);
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var property in shape.Properties.Values)
            {
                properties[property.Key] = Property(property);
                if (property.IsRequired)
                {
                    required.Add(property.Key);
                }
            }

            var schema = new JsonObject { ["type"] = "object" };
            if (docs.Of(type) is { } description)
            {
                schema["description"] = description;
            }

            schema["properties"] = properties;
            if (required.Count > 0)
            {
                schema["required"] = required;
            }

            schema["additionalProperties"] = false;
            return schema;
        }

        private JsonObject Property(PropertyShape property)
        {
            var schema = Value(property.Type);
            if (schema.ContainsKey("$ref"))
            {
                // Draft-07 ignores every keyword beside $ref: the description and checks go around it.
                schema = new JsonObject { ["allOf"] = new JsonArray(schema) };
            }
            if (property.Pattern is { } pattern)
            {
                schema["pattern"] = pattern.Pattern;
            }

            if (property.Range is { } range)
            {
                schema["minimum"] = JsonValue.Create(Convert.ToInt32(range.Minimum, System.Globalization.CultureInfo.InvariantCulture));
                schema["maximum"] = JsonValue.Create(Convert.ToInt32(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (property.IsRequired && property.Type == typeof(string))
            {
                schema["minLength"] = 1;
            }

            if (docs.Of(property.Info) is { } description)
            {
                schema["description"] = description;
            }

            return schema;
        }

        private JsonObject Value(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (YamlConverters.For(type) is { } converter)
            {
                return converter.DefinitionName(type) is { } name
                    ? new JsonObject { ["$ref"] = $"#/definitions/{Define(name, () => Described(converter.Schema(type, context), type))}" }
                    : converter.Schema(type, context);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                return new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = Value(type.GetGenericArguments()[0]),
                    ["maxItems"] = YamlLimits.Default.MaxListItems,
                };
            }

            if (YamlBinder.IsMap(type, out var valueType))
            {
                return new JsonObject
                {
                    ["type"] = "object",
                    ["propertyNames"] = new JsonObject { ["minLength"] = 1 },
                    ["additionalProperties"] = Value(valueType),
                };
            }

            var reference = new JsonObject { ["$ref"] = $"#/definitions/{Define(type.Name, () => Object(type))}" };
            return TypeShape.Of(type).Shorthand is { } shorthand
                ? new JsonObject { ["anyOf"] = new JsonArray(Value(shorthand.Type), reference) }
                : reference;
        }

        private string Define(string name, Func<JsonObject> schema)
        {
            if (!Definitions.ContainsKey(name))
            {
                Definitions[name] = null; // placed first, so a type that contains itself stops here
                Definitions[name] = schema();
            }

            return name;
        }

        private JsonObject Described(JsonObject schema, Type type)
        {
            if (docs.Of(type) is { } description)
            {
                schema["description"] = description;
            }

            return schema;
        }
    }
}
