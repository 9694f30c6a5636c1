using System.Globalization;
using System.Text;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// The characters a damaged sequence can have been: the lost continuation bytes go back in every order of
/// places (C(n−1, k) ways for k of n−1) with every byte the code page drops, and only sequences that are
/// valid UTF-8 for an assigned, non-private character are kept.
/// </summary>
internal static class GapCandidates
{
    /// <param name="present">The surviving bytes, lead byte first.</param>
    /// <param name="length">How long the sequence is, by its lead byte.</param>
    public static IReadOnlyList<string> For(ReadOnlySpan<byte> present, int length, SingleByteCodePage codePage)
    {
        var found = new SortedSet<int>();
        var bytes = new byte[length];
        var continuations = length - 1;
        var missing = length - present.Length;
        for (var lost = 0; lost < 1 << continuations; lost++)
        {
            if (int.PopCount(lost) == missing)
            {
                Fill(present.ToArray(), lost, bytes, 1, 1, codePage, found);
            }
        }

        return [.. found.Select(c => new Rune(c).ToString())];
    }

    private static void Fill(byte[] present, int lost, byte[] bytes, int position, int next, SingleByteCodePage codePage, SortedSet<int> found)
    {
        bytes[0] = present[0];
        if (position == bytes.Length)
        {
            if (Utf8Sequence.TryDecode(bytes, out var rune) && IsCandidate(rune))
            {
                found.Add(rune.Value);
            }

            return;
        }

        if ((lost & (1 << (position - 1))) == 0)
        {
            bytes[position] = present[next];
            Fill(present, lost, bytes, position + 1, next + 1, codePage, found);
            return;
        }

        foreach (var value in codePage.DroppedBytes)
        {
            bytes[position] = value;
            Fill(present, lost, bytes, position + 1, next, codePage, found);
        }
    }

    private static bool IsCandidate(Rune rune) => Rune.GetUnicodeCategory(rune) is not
        (UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate);
}
