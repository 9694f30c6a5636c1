using System.Text;

namespace SiteGen.Loading.Yaml;

/// <summary>How C# names appear in YAML: properties as snake_case keys, enum members as kebab-case.</summary>
public static class YamlNaming
{
    public static string Key(string pascal) => Split(pascal, '_');

    public static string EnumValue(string pascal) => Split(pascal, '-');

    private static string Split(string pascal, char separator)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append(separator);
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
