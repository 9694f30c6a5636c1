using System.Globalization;
using System.Text;

namespace SiteGen.Core.Tests.Reliability.Fuzzing;

public enum MutationKind
{
    /// <summary>Flip one bit of one byte.</summary>
    FlipBit,
    /// <summary>Insert <see cref="Mutation.Bytes"/> (raw, possibly not UTF-8).</summary>
    InsertBytes,
    /// <summary>Insert <see cref="Mutation.Text"/>, as UTF-8, anywhere (inside a key, a value, an indent).</summary>
    InsertText,
    DeleteRange,
    DuplicateRange,
    Truncate,
    DeleteLine,
    DuplicateLine,
    SwapLines,
    /// <summary>Add (Length &gt; 0) or remove spaces at the start of a line.</summary>
    Indent,
    /// <summary>Replace a line's leading spaces with a tab.</summary>
    TabIndent,
    /// <summary>Replace what follows the first ": " of a line with <see cref="Mutation.Text"/>.</summary>
    ReplaceValue,
}

/// <summary>One edit of a record's bytes. Positions are taken modulo the size, so any value applies to any file.</summary>
public sealed record Mutation(MutationKind Kind, int At, int Length, string Text, byte[] Bytes)
{
    public byte[] Apply(byte[] bytes)
    {
        var at = bytes.Length == 0 ? 0 : At % bytes.Length;
        switch (Kind)
        {
            case MutationKind.FlipBit when bytes.Length > 0:
                var flipped = (byte[])bytes.Clone();
                flipped[at] ^= (byte)(1 << (Length % 8));
                return flipped;
            case MutationKind.InsertBytes:
                return [.. bytes.AsSpan(0, at), .. Bytes, .. bytes.AsSpan(at)];
            case MutationKind.InsertText:
                return [.. bytes.AsSpan(0, at), .. Encoding.UTF8.GetBytes(Text), .. bytes.AsSpan(at)];
            case MutationKind.DeleteRange:
                return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(Math.Min(bytes.Length, at + Length))];
            case MutationKind.DuplicateRange:
                var range = bytes.AsSpan(at, Math.Min(Length, bytes.Length - at));
                return [.. bytes.AsSpan(0, at), .. range, .. range, .. bytes.AsSpan(at + range.Length)];
            case MutationKind.Truncate:
                return bytes[..at];
            default:
                return OnLines(bytes, at);
        }
    }

    private byte[] OnLines(byte[] bytes, int at)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var line = At % lines.Count;
        var other = Length % lines.Count;
        switch (Kind)
        {
            case MutationKind.DeleteLine:
                lines.RemoveAt(line);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(line, lines[line]);
                break;
            case MutationKind.SwapLines:
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case MutationKind.Indent:
                var spaces = lines[line].Length - lines[line].TrimStart(' ').Length;
                var change = (Length % 9) - 4;
                lines[line] = new string(' ', Math.Max(0, spaces + change)) + lines[line].TrimStart(' ');
                break;
            case MutationKind.TabIndent:
                lines[line] = "\t" + lines[line].TrimStart(' ');
                break;
            case MutationKind.ReplaceValue:
                var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                lines[line] = colon < 0 ? lines[line] + Text : string.Concat(lines[line].AsSpan(0, colon + 2), Text);
                break;
            default:
                return bytes; // FlipBit of an empty file
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    public override string ToString() => Kind switch
    {
        MutationKind.InsertBytes => $"{Kind}@{At} {Convert.ToHexString(Bytes)}",
        MutationKind.InsertText or MutationKind.ReplaceValue => $"{Kind}@{At} {Show(Text)}",
        _ => $"{Kind}@{At}/{Length}",
    };

    /// <summary>A string as a C# literal would spell it, cut to 60 characters: failures must be readable and replayable.</summary>
    public static string Show(string text)
    {
        var shown = new StringBuilder("\"");
        foreach (var rune in text.Length > 60 ? text[..60] : text)
        {
            shown.Append(rune switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when rune < ' ' || char.IsSurrogate(rune) || (rune >= 0x7f && rune < 0xa0) || rune is '\u2028' or '\u2029' or '\ufeff'
                    => "\\u" + ((int)rune).ToString("X4", CultureInfo.InvariantCulture),
                _ => rune.ToString(),
            });
        }

        return shown.Append(text.Length > 60 ? $"\"…({text.Length} chars)" : "\"").ToString();
    }
}
