using System.Globalization;
using SiteGen.Importing.Encoding;

namespace SiteGen.Core.Tests.Importing.Encoding;

/// <summary>The lab record 2.1 pair: the original and the mojibake a Turkish-locale tool made of it.</summary>
internal static class MojibakeFixture
{
    public static string Mangled => File.ReadAllText(
        Path.Combine(TestPaths.Here(), "Importing", "Fixtures", "lab-record-2.1-statefulset.mojibake.txt"));

    public static string Original => File.ReadAllText(
        Path.Combine(TestPaths.Here(), "Building", "Reference", "lab-record-2.1-statefulset.zh.md"));

    /// <summary>How many characters of <paramref name="text"/> lose a byte when mangled through the page.</summary>
    public static int DamagedCharacters(string text, SingleByteCodePage codePage) => text
        .EnumerateRunes()
        .Count(r => Bytes(r).Any(codePage.IsDropped));

    /// <summary>How many characters (text elements) differ between two texts with the same line structure.</summary>
    public static int DifferingCharacters(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        Assert.Equal(expectedLines.Length, actualLines.Length);
        return expectedLines.Zip(actualLines).Sum(pair =>
        {
            var left = Elements(pair.First);
            var right = Elements(pair.Second);
            return left.Zip(right).Count(p => p.First != p.Second) + Math.Abs(left.Count - right.Count);
        });
    }

    private static byte[] Bytes(System.Text.Rune rune)
    {
        var bytes = new byte[rune.Utf8SequenceLength];
        rune.EncodeToUtf8(bytes);
        return bytes;
    }

    private static List<string> Elements(string line)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(line);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
