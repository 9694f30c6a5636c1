using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using SiteGen.Diagnostics;
using SiteGen.Loading.Yaml.Converters;
using SiteGen.Model;

namespace SiteGen.Loading.Yaml;

/// <summary>
/// Binds a <see cref="SyntaxNode"/> tree to the typed model by reflection: keys are the snake_case names of
/// properties, <c>required</c> members must be present, <see cref="RangeAttribute"/> and
/// <see cref="RegularExpressionAttribute"/> are checked. Every mismatch becomes a positioned diagnostic and
/// binding goes on, so one run reports every problem of a file.
/// </summary>
public sealed class YamlBinder : IBindContext
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type> ListItemTypes = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type> ListTypes = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type> MapValueTypes = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type> MapTypes = new();

    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyList<string>? _languages;
    private int _literal;

    /// <param name="languages">The language codes a localized map may use; null accepts any.</param>
    public YamlBinder(SourceText source, DiagnosticBag diagnostics, IReadOnlyList<string>? languages)
    {
        _source = source;
        _diagnostics = diagnostics;
        _languages = languages;
    }

    public SourceMap Map { get; } = new();

    /// <summary>Binds the root of a file. Returns null only when the root is not a mapping.</summary>
    public T? Bind<T>(SyntaxNode root) where T : class =>
        BindValue(root, typeof(T), BindPath.Root) as T;

    private object? BindValue(SyntaxNode node, Type type, BindPath path)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (YamlConverters.For(type) is { } converter)
        {
            return converter.Read(node, type, path, this);
        }

        if (IsList(type, out var itemType))
        {
            return BindList(node, itemType, path);
        }

        if (IsMap(type, out var valueType))
        {
            return BindMap(node, valueType, path);
        }

        if (node is ScalarNode scalar && TypeShape.Of(type).Shorthand is { } shorthand)
        {
            return BindShorthand(scalar, TypeShape.Of(type), shorthand, path);
        }

        if (type.IsClass)
        {
            return BindObject(node, type, path);
        }

        throw new NotSupportedException($"SiteGen cannot bind YAML to {type}.");
    }

    /// <summary>A property's value; inside a verbatim property (<see cref="LiteralTextAttribute"/>) text keeps no language of its script.</summary>
    private object? BindProperty(SyntaxNode node, PropertyShape property, BindPath path)
    {
        if (!property.IsLiteral)
        {
            return BindValue(node, property.Type, path);
        }

        _literal++;
        try
        {
            return BindValue(node, property.Type, path);
        }
        finally
        {
            _literal--;
        }
    }

    /// <summary>A single value standing for a whole object: it is bound to the shorthand property, the rest stay unset.</summary>
    private object? BindShorthand(ScalarNode scalar, TypeShape shape, PropertyShape property, BindPath path)
    {
        var value = BindProperty(scalar, property, path);
        if (value is null || !Check(property, value, scalar, path))
        {
            return null;
        }

        var instance = shape.Create();
        property.Set(instance, value);
        if (shape.KeepsSpans)
        {
            Map.Record(instance, property.Name, scalar.Span);
        }

        shape.Span?.SetValue(instance, scalar.Span);
        return instance;
    }

    private IList? BindList(SyntaxNode node, Type itemType, BindPath path)
    {
        if (node is not SequenceNode sequence)
        {
            Error(DiagnosticCodes.WrongType, node.Span,
                $"'{path.Name}' {path.Where} must be a list (items starting with '- '), but it is {node.Describe()}.");
            return null;
        }

        var list = (IList)Activator.CreateInstance(ListTypes.GetOrAdd(itemType, t => typeof(List<>).MakeGenericType(t)))!;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var value = BindValue(item, itemType, path.Item(i + 1));
            if (value is null)
            {
                if (item is ScalarNode { IsNull: true })
                {
                    Error(DiagnosticCodes.WrongType, item.Span, $"Item {i + 1} of '{path.Name}' {path.Where} is empty; remove it or fill it in.");
                }

                continue;
            }

            list.Add(value);
        }

        return list;
    }

    /// <summary>
    /// A mapping whose keys are the author's own names (a tag's id), not the model's: each value is bound as
    /// <paramref name="valueType"/>, and where each key is written goes into <see cref="Map"/> under the key.
    /// </summary>
    private IDictionary? BindMap(SyntaxNode node, Type valueType, BindPath path)
    {
        if (node is not MappingNode mapping)
        {
            Error(DiagnosticCodes.WrongType, node.Span,
                $"'{path.Name}' {path.Where} must be a mapping of names to values (name: value), but it is {node.Describe()}.");
            return null;
        }

        var map = (IDictionary)Activator.CreateInstance(MapTypes.GetOrAdd(valueType, t => typeof(Dictionary<,>).MakeGenericType(typeof(string), t)), StringComparer.Ordinal)!;
        foreach (var (key, valueNode) in mapping.Entries)
        {
            if (key.Value.Trim().Length == 0)
            {
                Error(DiagnosticCodes.WrongType, key.Span, $"A name in '{path.Name}' {path.Where} is empty; write the name before the ':'.");
                continue;
            }

            var value = BindValue(valueNode, valueType, path.Child(key.Value));
            if (value is null)
            {
                if (valueNode is ScalarNode { IsNull: true })
                {
                    Error(DiagnosticCodes.MissingRequired, valueNode.Span, $"'{key.Value}' in '{path.Name}' {path.Where} is empty; give it a value or remove it.");
                }

                continue;
            }

            map[key.Value] = value;
            Map.Record(map, key.Value, key.Span);
        }

        return map;
    }

    private object? BindObject(SyntaxNode node, Type type, BindPath path)
    {
        if (node is not MappingNode mapping)
        {
            var what = path.Location.Length == 0 ? "The file" : $"'{path.Name}' {path.Where}";
            Error(DiagnosticCodes.WrongType, node.Span,
                $"{what} must be a mapping of keys to values, but it is {node.Describe()}. {ShapeHint.Of(TypeShape.Of(type), node)}");
            return null;
        }

        var shape = TypeShape.Of(type);
        var instance = shape.Create();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, valueNode) in mapping.Entries)
        {
            if (!shape.Properties.TryGetValue(key.Value, out var property))
            {
                // A misspelt required key is reported once, as unknown with a suggestion, not also as missing.
                if (ReportUnknownKey(key, shape.Keys, path) is { } suggested)
                {
                    seen.Add(suggested);
                }

                continue;
            }

            seen.Add(key.Value);
            var childPath = path.Child(key.Value);
            var value = BindProperty(valueNode, property, childPath);
            if (value is null || !Check(property, value, valueNode, childPath))
            {
                if (value is null && property.IsRequired && valueNode is ScalarNode { IsNull: true })
                {
                    Error(DiagnosticCodes.MissingRequired, valueNode.Span,
                        $"'{key.Value}' {path.Inside} is required but empty; give it a value.");
                }

                continue;
            }

            property.Set(instance, value);
            if (shape.KeepsSpans)
            {
                Map.Record(instance, property.Name, valueNode.Span);
            }
        }

        foreach (var (key, property) in shape.Properties)
        {
            if (!seen.Contains(key) && property.IsRequired)
            {
                Error(DiagnosticCodes.MissingRequired, mapping.Span,
                    $"Missing required key '{key}' {path.Inside}; add it.");
            }
        }

        shape.Span?.SetValue(instance, mapping.Span);
        return instance;
    }

    /// <returns>The suggested key, if any.</returns>
    private string? ReportUnknownKey(ScalarNode key, IReadOnlyList<string> names, BindPath path)
    {
        var near = Suggestions.Nearest(key.Value, names);
        var hint = near is not null
            ? $" Did you mean '{near}'?"
            : $" Known keys here: {string.Join(", ", names)}.";
        Error(DiagnosticCodes.UnknownKey, key.Span, $"Unknown key '{key.Value}' {path.Inside}.{hint}");
        return near;
    }

    private bool Check(PropertyShape property, object value, SyntaxNode node, BindPath path)
    {
        if (property.Range is { } range && !range.IsValid(value))
        {
            Error(DiagnosticCodes.OutOfRange, node.Span,
                $"'{path.Name}' {path.Where} must be between {range.Minimum} and {range.Maximum}, but it is {value}.");
            return false;
        }

        if (property.Pattern is { } pattern && value is string text && !pattern.IsValid(text))
        {
            Error(DiagnosticCodes.InvalidFormat, node.Span,
                $"'{OneLine(text)}' is not a valid {path.Name}: {pattern.ErrorMessage}.");
            return false;
        }

        if (value is string s && s.Length == 0 && property.IsRequired)
        {
            Error(DiagnosticCodes.MissingRequired, node.Span, $"'{path.Name}' {path.Where} is required but empty; give it a value.");
            return false;
        }

        return true;
    }

    IReadOnlyList<string>? IBindContext.Languages => _languages;

    bool IBindContext.IsLiteral => _literal > 0;

    void IBindContext.Error(string code, SourceSpan span, string message) => Error(code, span, message);

    private void Error(string code, SourceSpan span, string message) =>
        _diagnostics.Add(_source.Error(code, span, message));

    private static bool IsList(Type type, out Type itemType)
    {
        itemType = ListItemTypes.GetOrAdd(type, t =>
            t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : typeof(void));
        return itemType != typeof(void);
    }

    /// <summary>Whether <paramref name="type"/> is <c>IReadOnlyDictionary&lt;string, T&gt;</c>, and its <c>T</c>.</summary>
    internal static bool IsMap(Type type, out Type valueType)
    {
        valueType = MapValueTypes.GetOrAdd(type, t =>
            t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && t.GetGenericArguments()[0] == typeof(string)
                ? t.GetGenericArguments()[1]
                : typeof(void));
        return valueType != typeof(void);
    }

    /// <summary>
    /// A value quoted in a message stays on the message's one line, with what cannot be seen made visible:
    /// a line break as ⏎ (a trailing one too), a tab as ⇥, other control characters as \uXXXX.
    /// </summary>
    private static string OneLine(string text)
    {
        var visible = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            visible.Append(c switch
            {
                '\n' => "⏎",
                '\r' => "␍",
                '\t' => "⇥",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        var line = visible.ToString();
        return line.Length > 60 ? line[..60] + "…" : line;
    }
}
