using System.Text;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// Makes mojibake the way our damaged files were made: UTF-8 bytes read one by one through a single-byte
/// code page, bytes the page has no character for dropped. The repairer proves a repair by mangling it
/// again; tests use it to make damaged text from clean text.
/// </summary>
public static class MojibakeMangler
{
    /// <summary>The text <paramref name="text"/> turns into when mangled through <paramref name="codePage"/>.</summary>
    public static string Mangle(string text, SingleByteCodePage codePage)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        var result = new StringBuilder(utf8.Length);
        foreach (var value in utf8)
        {
            if (!codePage.IsDropped(value) && codePage.Decode(value) is { } character)
            {
                result.Append(character);
            }
        }

        return result.ToString();
    }
}
