using System.Buffers;
using System.Text;

namespace SiteGen.Importing.Encoding;

/// <summary>The few UTF-8 facts the scanner and the candidate search need.</summary>
internal static class Utf8Sequence
{
    /// <summary>How many bytes a sequence starting with <paramref name="lead"/> has; 0 if it cannot start one.</summary>
    public static int LengthOf(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    public static bool IsContinuation(byte value) => value is >= 0x80 and <= 0xBF;

    /// <summary>The one character <paramref name="bytes"/> encode, if they are exactly one valid sequence.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out Rune rune) =>
        Rune.DecodeFromUtf8(bytes, out rune, out var consumed) == OperationStatus.Done && consumed == bytes.Length;
}
