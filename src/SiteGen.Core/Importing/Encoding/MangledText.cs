using SiteGen.Diagnostics;

namespace SiteGen.Importing.Encoding;

internal static class MangledText
{
    public static string? Check(string text, string displayPath, bool repair, List<Diagnostic> diagnostics) => text;
}
