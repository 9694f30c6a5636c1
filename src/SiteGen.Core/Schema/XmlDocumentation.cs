using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SiteGen.Loading.Yaml;

namespace SiteGen.Schema;

/// <summary>
/// The <c>&lt;summary&gt;</c> of types and properties from the documentation file the compiler writes beside
/// an assembly (<c>SiteGen.Core.xml</c>), as plain text: <c>&lt;c&gt;x&lt;/c&gt;</c> becomes <c>`x`</c>, a
/// <c>&lt;see cref&gt;</c> its last name. Empty when the file is not there.
/// </summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocumentation(Dictionary<string, string> summaries) => _summaries = summaries;

    public static XmlDocumentation Of(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var member in XDocument.Load(path).Descendants("member"))
            {
                if (member.Attribute("name")?.Value is { } name && member.Element("summary") is { } summary)
                {
                    summaries[name] = Plain(summary);
                }
            }
        }

        return new XmlDocumentation(summaries);
    }

    public string? Of(PropertyInfo property) =>
        _summaries.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    public string? Of(Type type) => _summaries.GetValueOrDefault($"T:{type.FullName}");

    private static string Plain(XElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "c" } code:
                    text.Append('`').Append(code.Value).Append('`');
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    var target = see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? see.Attribute("href")?.Value ?? "";
                    var name = target[(target.LastIndexOf('.') + 1)..];
                    // A property is named as the author writes its key.
                    text.Append(see.Value.Length > 0 ? see.Value : target.StartsWith("P:", StringComparison.Ordinal) ? $"`{YamlNaming.Key(name)}`" : name);
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append(reference.Attribute("name")?.Value);
                    break;
                case XElement other:
                    Append(other, text);
                    break;
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
