using System.Reflection;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering.Html;

/// <summary>
/// Makes the C# compiler's "does not contain a definition" (CS1061) about a page model say what the
/// author meant: the nearest member (<c>Model.SiteTitel</c> → <c>SiteTitle</c>), or else the members there are.
/// </summary>
internal static partial class MemberHint
{
    [GeneratedRegex(@"^'(?<type>[\w.]+)' does not contain a definition for '(?<member>\w+)'")]
    private static partial Regex NoDefinition();

    public static string Improve(string message)
    {
        var match = NoDefinition().Match(message);
        if (!match.Success || FindType(match.Groups["type"].Value) is not { } type)
        {
            return message;
        }

        var member = match.Groups["member"].Value;
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name)
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object)).Select(m => m.Name))
            .Where(n => n != "EqualityContract" && !n.StartsWith('<'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var said = $"'{type.Name}' has no member '{member}'.";
        return Suggestions.Nearest(member, members) is { } nearest
            ? $"{said} Did you mean '{nearest}'?"
            : $"{said} Its members are {string.Join(", ", members)}.";
    }

    /// <summary>A public type of SiteGen (a page model or a part of one) by its short or full name.</summary>
    private static Type? FindType(string name) =>
        typeof(MemberHint).Assembly.GetExportedTypes().FirstOrDefault(t => t.FullName == name)
        ?? typeof(MemberHint).Assembly.GetExportedTypes().SingleOrDefault(t => t.Name == name);
}
