using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// What a damaged place is likely to have been when jieba's dictionary has no word for it: a rough
/// frequency for common punctuation and symbols (jieba's dictionary has none), and a penalty for blocks
/// that ordinary Chinese technical prose hardly uses (rare ideographs, control and format characters).
/// </summary>
internal static class CharacterPrior
{
    /// <summary>
    /// Rough counts on the scale of jieba's dictionary (about 6·10⁷ words, where 的 is 318,825 and 和 is
    /// 555,815), estimated by hand for Chinese prose; only their order among rivals at one gap matters.
    /// </summary>
    private static readonly FrozenDictionary<string, int> Frequencies = new Dictionary<string, int>
    {
        ["、"] = 100_000, ["！"] = 50_000, ["”"] = 30_000, ["【"] = 5_000, ["」"] = 5_000,
        ["『"] = 1_000, ["』"] = 1_000, ["／"] = 2_000, ["－"] = 1_000, ["．"] = 1_000, ["０"] = 1_000,
        ["＝"] = 1_000, ["＞"] = 1_000, ["„"] = 100, ["‐"] = 100, ["〝"] = 50, ["〞"] = 50,
        ["⭐"] = 2_000, ["❌"] = 2_000, ["✅"] = 2_000, ["❎"] = 50,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly double RareBlock = -Math.Log(20);
    private static readonly double RareIdeograph = -Math.Log(50);
    private static readonly double Invisible = -Math.Log(10_000);

    /// <summary>The count to use for a single character jieba does not know (1, as jieba does, if no guess).</summary>
    public static int Frequency(string character) => Frequencies.GetValueOrDefault(character, 1);

    /// <summary>
    /// Whether <paramref name="character"/> is from a block our texts use every day (CJK, Latin-1, common
    /// punctuation and symbols, emoji), so that finding it decoded is evidence of mangling: accented text
    /// read through the code page can make a sequence by chance, but it rarely lands in these blocks.
    /// </summary>
    public static bool IsCommon(string character) => LogWeight(character) == 0;

    /// <summary>
    /// The part of speech jieba gives a character its dictionary does not know: <c>x</c> for punctuation,
    /// symbols and spaces, <c>m</c> for digits, none for letters and ideographs (no evidence either way).
    /// </summary>
    public static string? TagOf(string character)
    {
        var rune = Rune.GetRuneAt(character, 0);
        return Rune.IsDigit(rune) ? "m" : Rune.IsLetter(rune) ? null : "x";
    }

    /// <summary>A log-weight added to a path for choosing <paramref name="character"/> at a gap.</summary>
    public static double LogWeight(string character)
    {
        var rune = Rune.GetRuneAt(character, 0);
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
        {
            return Invisible;
        }

        return rune.Value switch
        {
            >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 => RareIdeograph,
            >= 0x4E00 and <= 0x9FFF or >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF => 0,
            >= 0x00A0 and <= 0x024F or >= 0x2010 and <= 0x205E or >= 0x2190 and <= 0x21FF => 0,
            >= 0x2500 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF or >= 0x1F300 and <= 0x1FAFF => 0,
            _ => RareBlock,
        };
    }
}
