using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Loading.Yaml;

namespace SiteGen.Loading;

/// <summary>Reads an input file as strict UTF-8, reporting a bad byte at its line and column.</summary>
public static class SourceReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText? Read(string path, string displayPath, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        var (bytes, problems) = ReadBytes(path, displayPath, limits);
        diagnostics.AddRange(problems);
        return bytes is null ? null : Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>The file's bytes, or the diagnostics saying why they cannot be had (too large, unreadable).</summary>
    public static (byte[]? Bytes, IReadOnlyList<Diagnostic> Diagnostics) ReadBytes(string path, string displayPath, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxFileBytes)
            {
                return (null, [Whole(DiagnosticCodes.DocumentTooLarge, displayPath,
                    $"The file is {info.Length} bytes, more than the {limits.MaxFileBytes} a record may have; split it.")]);
            }

            return (File.ReadAllBytes(path), []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [Whole(DiagnosticCodes.UnreadableFile, displayPath, $"The file cannot be read: {ex.Message}")]);
        }
    }

    public static SourceText? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (WideEncoding(bytes) is { } wide)
        {
            diagnostics.Add(Whole(DiagnosticCodes.InvalidUtf8, displayPath,
                $"The file is saved as {wide}, not UTF-8; save it as UTF-8 in your editor."));
            return null;
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return new SourceText(displayPath, Strict.GetString(bytes, start, bytes.Length - start));
        }
        catch (DecoderFallbackException ex)
        {
            var bad = start + Math.Max(ex.Index, 0);
            var (line, column, lineText) = Locate(bytes, start, bad);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidUtf8,
                new SourceSpan(displayPath, line, column),
                $"The file is not valid UTF-8 (byte 0x{bytes[bad]:X2}); save it as UTF-8 in your editor.",
                lineText));
            return null;
        }
    }

    /// <summary>The line and column of the byte at <paramref name="index"/>, decoding what precedes it leniently.</summary>
    private static (int Line, int Column, string LineText) Locate(byte[] bytes, int start, int index)
    {
        var lineStart = start;
        var line = 1;
        for (var i = start; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var lineEnd = Array.IndexOf(bytes, (byte)'\n', index);
        lineEnd = lineEnd < 0 ? bytes.Length : lineEnd;
        var before = Encoding.UTF8.GetString(bytes, lineStart, index - lineStart);
        var text = Encoding.UTF8.GetString(bytes, lineStart, lineEnd - lineStart).TrimEnd('\r');
        return (line, before.Length + 1, text);
    }

    /// <summary>UTF-16 or UTF-32, by its byte order mark or by the NUL bytes every other ASCII character comes with.</summary>
    private static string? WideEncoding(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || span.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        var sample = span[..Math.Min(span.Length, 512)];
        return sample.Length >= 4 && sample.Count((byte)0) * 4 >= sample.Length ? "UTF-16" : null;
    }

    private static Diagnostic Whole(string code, string file, string message) =>
        new(DiagnosticSeverity.Error, code, SourceSpan.WholeFile(file), message);
}
