namespace SiteGen.Loading.Yaml;

/// <summary>
/// What a mapping must look like, for a message about a value of another shape: the keys it needs and
/// may have, and the value rewritten as that mapping (<c>{text: 创建 ConfigMap, done: false}</c>).
/// </summary>
internal static class ShapeHint
{
    private const int LongestShown = 40;

    public static string Of(TypeShape shape, SyntaxNode given)
    {
        var properties = shape.Keys.Select(k => shape.Properties[k]).ToList();
        var required = properties.Where(p => p.IsRequired).ToList();
        var optional = properties.Where(p => !p.IsRequired).ToList();
        var needs = required.Count > 0 ? $"It needs {Keys(required, "and")}" : "It takes";
        var may = optional.Count == 0 ? "" : required.Count > 0 ? $" and may also have {Keys(optional, "and")}" : $" {Keys(optional, "or")}";

        // The example: every required key, and a yes/no key an author would otherwise not know to add.
        var shown = required.Concat(optional.Where(p => p.Type == typeof(bool)).Take(1)).ToList();
        if (shown.Count == 0)
        {
            return $"{needs}{may}.";
        }

        var filled = given is ScalarNode { IsNull: false } scalar ? shown.FirstOrDefault(IsText) : null;
        var example = string.Join(", ", shown.Select(p => $"{p.Key}: {(p == filled ? Shown(((ScalarNode)given).Value) : Placeholder(p.Type))}"));
        return $"{needs}{may}: write it as {{{example}}}.";
    }

    private static string Keys(List<PropertyShape> properties, string last) =>
        properties.Count == 1 ? $"'{properties[0].Key}'"
        : string.Join(", ", properties.SkipLast(1).Select(p => $"'{p.Key}'")) + $" {last} '{properties[^1].Key}'";

    private static bool IsText(PropertyShape property) => property.Type == typeof(string) || property.Type == typeof(Model.Localized);

    private static string Shown(string value)
    {
        var text = value.Length > LongestShown ? value[..LongestShown] + "…" : value;
        return text.IndexOfAny([':', '#', ',', '{', '}', '[', ']', '\n', '"']) >= 0 ? $"\"{text.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)}\"" : text;
    }

    private static string Placeholder(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => "false",
        var t when t == typeof(int) => "1",
        var t when t == typeof(DateOnly) => "2026-01-01",
        var t when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => "[…]",
        _ => "…",
    };
}
