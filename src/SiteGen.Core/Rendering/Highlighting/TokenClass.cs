namespace SiteGen.Rendering.Highlighting;

/// <summary>
/// The few kinds of token the site colours, from a token's TextMate scopes (most specific last): a
/// comment, a string, a number or constant, a keyword, a function or command name, a variable, a key
/// (a YAML or JSON key, an HTML tag); anything else keeps the text colour. Short classes (<c>tk-c</c>…)
/// keep pages small.
/// </summary>
public static class TokenClass
{
    private static readonly (string Scope, string Class)[] Kinds =
    [
        ("comment", "tk-c"),
        ("string", "tk-s"),
        ("constant.numeric", "tk-n"),
        ("constant.language", "tk-n"),
        ("constant.character", "tk-s"),
        ("keyword", "tk-k"),
        ("storage", "tk-k"),
        ("support.function", "tk-f"),
        ("entity.name.function", "tk-f"),
        ("entity.name.command", "tk-f"),
        ("entity.name.tag", "tk-t"),
        ("support.type.property-name", "tk-t"),
        ("entity.name.type", "tk-k"),
        ("variable", "tk-v"),
    ];

    public static string? Of(IEnumerable<string> scopes)
    {
        foreach (var scope in scopes.Reverse())
        {
            foreach (var (prefix, css) in Kinds)
            {
                if (scope == prefix || scope.StartsWith(prefix + ".", StringComparison.Ordinal))
                {
                    return css;
                }
            }
        }

        return null;
    }
}
