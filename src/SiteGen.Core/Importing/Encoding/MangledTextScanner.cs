namespace SiteGen.Importing.Encoding;

/// <summary>
/// Reads text back into the bytes it was mangled from, through one code page, and cuts it into slots with
/// a UTF-8 state machine. Every dropped byte is a continuation byte and lead bytes always survive, so a
/// sequence that ends early is a gap at a known place: character boundaries are never lost.
/// </summary>
internal static class MangledTextScanner
{
    public static IReadOnlyList<Slot> Scan(string text, SingleByteCodePage codePage)
    {
        var slots = new List<Slot>(text.Length);
        Span<byte> sequence = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            var character = text[i];
            if (character < 0x80)
            {
                slots.Add(Plain(SlotKind.Ascii, text, i, 1));
                i++;
                continue;
            }

            if (!codePage.TryEncode(character, out var lead))
            {
                var length = char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                slots.Add(Plain(SlotKind.Foreign, text, i, length));
                i += length;
                continue;
            }

            var size = Utf8Sequence.LengthOf(lead);
            if (size == 0)
            {
                slots.Add(Plain(SlotKind.Broken, text, i, 1));
                i++;
                continue;
            }

            sequence[0] = lead;
            var count = 1;
            var end = i + 1;
            while (count < size && end < text.Length && codePage.TryEncode(text[end], out var next) && Utf8Sequence.IsContinuation(next))
            {
                sequence[count++] = next;
                end++;
            }

            slots.Add(Sequence(text, i, end, sequence[..count], size, codePage));
            i = end;
        }

        return slots;
    }

    private static Slot Sequence(string text, int start, int end, ReadOnlySpan<byte> bytes, int size, SingleByteCodePage codePage)
    {
        if (bytes.Length == size)
        {
            return Utf8Sequence.TryDecode(bytes, out var rune)
                ? new Slot(SlotKind.Decoded, start, end - start, rune.ToString(), [])
                : Plain(SlotKind.Broken, text, start, end - start);
        }

        var candidates = GapCandidates.For(bytes, size, codePage);
        return candidates.Count == 0
            ? Plain(SlotKind.Broken, text, start, end - start)
            : new Slot(SlotKind.Gap, start, end - start, "", candidates, bytes.Length);
    }

    private static Slot Plain(SlotKind kind, string text, int start, int length) =>
        new(kind, start, length, text.Substring(start, length), []);
}
