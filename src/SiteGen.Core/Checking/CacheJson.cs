using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Checking;

/// <summary>How the caches are written: System.Text.Json, generated at compile time, with <see cref="Localized"/> as its own shape.</summary>
[JsonSerializable(typeof(CheckCacheFile))]
[JsonSourceGenerationOptions(Converters = [typeof(LocalizedJsonConverter)])]
internal sealed partial class CacheJson : JsonSerializerContext;

/// <summary><see cref="Localized"/> as <c>{"text": "..."}</c> or <c>{"byLanguage": {...}}</c>, with its span.</summary>
internal sealed class LocalizedJsonConverter : JsonConverter<Localized>
{
    public override Localized Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize(ref reader, LocalizedShapeJson.Default.LocalizedShape)
            ?? throw new JsonException("A localized text is missing.");
        return shape.Text is { } text ? Localized.Of(text, shape.Span) : Localized.Of(shape.ByLanguage ?? new Dictionary<string, string>(), shape.Span);
    }

    public override void Write(Utf8JsonWriter writer, Localized value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer,
            new LocalizedShape(value.Neutral, value.IsNeutral ? null : value.Languages.ToDictionary(l => l, l => value.Resolve(l, []).Text, StringComparer.Ordinal), value.Span),
            LocalizedShapeJson.Default.LocalizedShape);
}

internal sealed record LocalizedShape(string? Text, Dictionary<string, string>? ByLanguage, SourceSpan Span);

[JsonSerializable(typeof(LocalizedShape))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class LocalizedShapeJson : JsonSerializerContext;
