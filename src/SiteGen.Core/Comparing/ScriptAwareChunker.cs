using System.Text;
using DiffPlex;

namespace SiteGen.Comparing;

/// <summary>
/// Cuts a line into the units a reader sees change: a word of letters and digits, a run of spaces, one mark
/// of punctuation, or one character of a script written without spaces (Chinese, Japanese, Korean).
/// </summary>
internal sealed class ScriptAwareChunker : IChunker
{
    public IReadOnlyList<string> Chunk(string text)
    {
        var chunks = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start + (char.IsSurrogatePair(text, start) ? 2 : 1);
            var kind = Kind(text, start);
            if (kind is UnitKind.Word or UnitKind.Space)
            {
                while (end < text.Length && Kind(text, end) == kind)
                {
                    end += char.IsSurrogatePair(text, end) ? 2 : 1;
                }
            }

            chunks.Add(text[start..end]);
            start = end;
        }

        return chunks;
    }

    private enum UnitKind
    {
        Word,
        Space,
        Single,
    }

    private static UnitKind Kind(string text, int at)
    {
        var rune = Rune.GetRuneAt(text, at);
        if (Rune.IsWhiteSpace(rune))
        {
            return UnitKind.Space;
        }

        if (IsWrittenWithoutSpaces(rune.Value) || !Rune.IsLetterOrDigit(rune))
        {
            return UnitKind.Single;
        }

        return UnitKind.Word;
    }

    private static bool IsWrittenWithoutSpaces(int c) =>
        c is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);
}
