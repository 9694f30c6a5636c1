using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using SiteGen.Diagnostics;

namespace SiteGen.Loading.Yaml;

/// <summary>
/// What the binder needs to know about a model type, worked out once per type instead of once per value:
/// its YAML keys, which are required, their checks, a compiled constructor and setters. Reflection and
/// attribute lookups on every value were a third of <c>sitegen check</c>'s time. Setting a property stays
/// plain reflection: the runtime makes a repeated <see cref="PropertyInfo.SetValue(object, object)"/> fast,
/// without the start-up cost of compiling a delegate per property.
/// </summary>
internal sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();

    private TypeShape(Type type)
    {
        Type = type;
        KeepsSpans = type.IsDefined(typeof(Model.KeepSourceSpansAttribute), inherit: false);
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.PropertyType != typeof(SourceSpan))
            .Select(p => new PropertyShape(p))
            .ToDictionary(p => p.Key, StringComparer.Ordinal);
        Keys = [.. Properties.Keys];
        if (type.GetCustomAttribute<Model.ScalarShorthandAttribute>() is { } shorthand)
        {
            Shorthand = Properties[YamlNaming.Key(shorthand.Property)];
        }

        if (type.GetProperty("Span") is { PropertyType: var spanType } span && spanType == typeof(SourceSpan) && span.CanWrite)
        {
            Span = span;
        }
    }

    public Type Type { get; }

    /// <summary>Whether the binder records where each property was written (<see cref="Model.KeepSourceSpansAttribute"/>).</summary>
    public bool KeepsSpans { get; }

    /// <summary>The properties by YAML key, in declaration order.</summary>
    public IReadOnlyDictionary<string, PropertyShape> Properties { get; }

    public IReadOnlyList<string> Keys { get; }

    /// <summary>The property a single value is bound to when the YAML has one instead of a mapping (<see cref="Model.ScalarShorthandAttribute"/>).</summary>
    public PropertyShape? Shorthand { get; }

    /// <summary>The type's <c>Span</c> (where its mapping starts), when it has one.</summary>
    public PropertyInfo? Span { get; }

    public object Create() => Activator.CreateInstance(Type)!;

    public static TypeShape Of(Type type) => Shapes.GetOrAdd(type, t => new TypeShape(t));
}

/// <summary>One bindable property: its key, type and checks.</summary>
internal sealed class PropertyShape
{
    public PropertyShape(PropertyInfo property)
    {
        Name = property.Name;
        Key = YamlNaming.Key(property.Name);
        Type = property.PropertyType;
        IsRequired = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
        Range = property.GetCustomAttribute<RangeAttribute>();
        Pattern = property.GetCustomAttribute<RegularExpressionAttribute>();
        Info = property;
        IsList = Type.IsGenericType && Type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
        IsLiteral = property.IsDefined(typeof(Model.LiteralTextAttribute), inherit: false);
    }

    public PropertyInfo Info { get; }

    public string Name { get; }

    public string Key { get; }

    public Type Type { get; }

    public bool IsRequired { get; }

    public RangeAttribute? Range { get; }

    /// <summary>One instance per property, so its compiled regular expression is built once.</summary>
    public RegularExpressionAttribute? Pattern { get; }

    /// <summary>Whether the property's text is shown verbatim (<see cref="Model.LiteralTextAttribute"/>).</summary>
    public bool IsLiteral { get; }

    /// <summary>Whether the property is an <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    public bool IsList { get; }

    public void Set(object target, object? value) => Info.SetValue(target, value);
}
