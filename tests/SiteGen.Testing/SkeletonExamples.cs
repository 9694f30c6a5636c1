using System.Text.RegularExpressions;

namespace SiteGen.Testing;

/// <summary>The commented examples of a record skeleton written by <c>sitegen new</c>, put to use.</summary>
public static partial class SkeletonExamples
{
    /// <summary>
    /// The skeleton with every example uncommented, as a user does it: the <c># </c> before each example line
    /// is deleted, keeping the indentation. The first line (the editor's schema comment) and the <c>## </c>
    /// explanations stay comments.
    /// </summary>
    public static string Uncomment(string skeleton)
    {
        var lines = skeleton.Split('\n');
        return string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Select(l => Example().Replace(l, "$1"))));
    }

    [GeneratedRegex("^( *)# ")]
    private static partial Regex Example();
}
