namespace SiteGen.Model;

/// <summary>
/// In YAML a single value may stand for the whole object: it is bound to the named property, and the rest
/// stay unset (<c>- kubectl get pods</c> for <c>- run: kubectl get pods</c>). The JSON Schema accepts both forms.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScalarShorthandAttribute(string property) : Attribute
{
    /// <summary>The C# name of the property a single value is bound to.</summary>
    public string Property { get; } = property;
}
