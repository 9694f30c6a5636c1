using System.Text.Json.Nodes;
using SiteGen.Diagnostics;

namespace SiteGen.Loading.Yaml.Converters;

/// <summary>What a converter may use while it binds: the site's languages, and where to report a problem.</summary>
internal interface IBindContext
{
    /// <summary>The language codes a localized map may use; null accepts any.</summary>
    IReadOnlyList<string>? Languages { get; }

    /// <summary>Whether the value being bound is shown verbatim (code, output): its script says nothing about its language.</summary>
    bool IsLiteral { get; }

    void Error(string code, SourceSpan span, string message);
}

/// <summary>What a converter may use while it describes its schema: the site's languages.</summary>
internal sealed record SchemaContext(IReadOnlyList<string>? Languages);

/// <summary>
/// How one kind of YAML value becomes a model value (text, a number, a date, localized text), and how the
/// JSON Schema describes what it accepts: one class says both, so the binder and the schema for editors
/// cannot disagree. Objects and lists are bound and described by their shape (<see cref="TypeShape"/>).
/// </summary>
internal abstract class YamlConverter
{
    /// <summary>What the value must be, for "must be ..." in a diagnostic: "a whole number".</summary>
    public abstract string Expected(Type type);

    /// <summary>The model value of <paramref name="node"/>; null, with a diagnostic, when it is not one.</summary>
    public abstract object? Read(SyntaxNode node, Type type, BindPath path, IBindContext context);

    /// <summary>The JSON Schema of the values <see cref="Read"/> accepts.</summary>
    public abstract JsonObject Schema(Type type, SchemaContext context);

    /// <summary>The name the schema is defined under once and referred to by, when it is worth not repeating; null to write it in place.</summary>
    public virtual string? DefinitionName(Type type) => null;
}

/// <summary>A converter of single values (scalars): anything else is a wrong-type diagnostic.</summary>
internal abstract class ScalarConverter : YamlConverter
{
    public sealed override object? Read(SyntaxNode node, Type type, BindPath path, IBindContext context)
    {
        var where = $"'{path.Name}' {path.Where}";
        if (node is not ScalarNode scalar)
        {
            context.Error(DiagnosticCodes.WrongType, node.Span, $"{where} must be {Expected(type)}, but it is {node.Describe()}.");
            return null;
        }

        var value = Parse(scalar.Value, type, out var problem);
        if (value is null && problem is { } failed)
        {
            context.Error(failed.Code, scalar.Span, $"{where} {failed.Message}");
        }

        return value;
    }

    /// <summary>The value of a scalar's text, or null and what is wrong with it ("must be ..." after the field's name).</summary>
    protected abstract object? Parse(string text, Type type, out (string Code, string Message)? problem);
}
