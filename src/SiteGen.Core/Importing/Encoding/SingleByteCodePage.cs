using System.Collections.Frozen;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// A Windows single-byte code page as mojibake sees it: a 256-entry table from byte to character, and the
/// bytes a mangling pass drops because the page has no character for them (plus 0xAD, whose soft hyphen
/// the tools that wrote our files strip). Our own tables, so that how a platform decoder treats the holes
/// does not matter.
/// </summary>
public sealed class SingleByteCodePage
{
    private const int Hole = -1;

    private readonly int[] characters;
    private readonly FrozenDictionary<char, byte> bytes;
    private readonly bool[] dropped;
    private readonly int[] _upperHalf;

    private SingleByteCodePage(string name, int[] upperHalf, bool dropsSoftHyphen = true)
    {
        Name = name;
        characters = [.. Enumerable.Range(0, 128), .. upperHalf];
        bytes = Enumerable.Range(0, 256)
            .Where(b => characters[b] != Hole)
            .ToFrozenDictionary(b => (char)characters[b], b => (byte)b);
        dropped = [.. Enumerable.Range(0, 256).Select(b => characters[b] == Hole || (dropsSoftHyphen && b == 0xAD))];
        _upperHalf = upperHalf;
        DroppedBytes = [.. Enumerable.Range(0, 256).Where(b => dropped[b]).Select(b => (byte)b)];
    }

    /// <summary>Western European (Windows), which has no character for 0x81, 0x8D, 0x8F, 0x90 and 0x9D.</summary>
    public static SingleByteCodePage Windows1252 { get; } = new("windows-1252",
    [
        0x20AC, Hole, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, Hole, 0x017D, Hole,
        Hole, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, Hole, 0x017E, 0x0178,
        .. Enumerable.Range(0xA0, 0x60),
    ]);

    /// <summary>
    /// Turkish (Windows): windows-1252 without Ž and ž (0x8E, 0x9E become holes) and with Ğ İ Ş ğ ı ş in
    /// place of Ð Ý Þ ð ý þ.
    /// </summary>
    public static SingleByteCodePage Windows1254 { get; } = new("windows-1254",
    [
        0x20AC, Hole, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, Hole, Hole, Hole,
        Hole, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, Hole, Hole, 0x0178,
        .. Enumerable.Range(0xA0, 0x30),
        0x011E, .. Enumerable.Range(0xD1, 0x0C), 0x0130, 0x015E, 0x00DF,
        .. Enumerable.Range(0xE0, 0x10),
        0x011F, .. Enumerable.Range(0xF1, 0x0C), 0x0131, 0x015F, 0x00FF,
    ]);

    /// <summary>The pages mojibake is looked for in, in the order a tie is settled.</summary>
    public static IReadOnlyList<SingleByteCodePage> All { get; } = [Windows1254, Windows1252];

    /// <summary>
    /// The same page as a decoder that keeps the soft hyphen (U+00AD for 0xAD), as Python's, .NET's and most
    /// editors' do: text that still holds a U+00AD was mangled by one of those, and only its holes lost bytes.
    /// </summary>
    public SingleByteCodePage KeepingSoftHyphen() => new(Name, _upperHalf, dropsSoftHyphen: false);

    /// <summary>The WHATWG name, for example <c>windows-1254</c>.</summary>
    public string Name { get; }

    /// <summary>The bytes a mangling pass through this page loses, ascending.</summary>
    public IReadOnlyList<byte> DroppedBytes { get; }

    /// <summary>The character byte <paramref name="value"/> stands for, or null for a hole.</summary>
    public char? Decode(byte value) => characters[value] == Hole ? null : (char)characters[value];

    /// <summary>The byte that stands for <paramref name="character"/>, if the page has one.</summary>
    public bool TryEncode(char character, out byte value) => bytes.TryGetValue(character, out value);

    /// <summary>Whether a mangling pass through this page loses <paramref name="value"/>.</summary>
    public bool IsDropped(byte value) => dropped[value];

    /// <inheritdoc />
    public override string ToString() => Name;
}
