using CsCheck;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Reliability.Fuzzing;

/// <summary>Generators for <see cref="FuzzCase"/>: what authors, editors, copy-paste and broken disks put in a record.</summary>
public static class FuzzGen
{
    /// <summary>Characters that break text handling: combining marks, bidi controls, NUL and other controls,
    /// lone surrogates, emoji with joiners and modifiers, CJK and full-width punctuation, odd spaces and line breaks.</summary>
    private static readonly string[] Awkward =
    [
        "\u0301", "\u0338", "e\u0301\u0302\u0303\u0304", "\u202E", "\u202D", "\u200F", "\u2066", "\u2069", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
        "\u05E2\u05D1\u05E8\u05D9\u05EA", "\0", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009B", "\uD800", "\uDFFF", "\uDBFF\uDC00",
        "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", "\U0001F44D\U0001F3FD", "\U0001F1E8\U0001F1F3", "\u2764\uFE0F",
        "\u3002", "\uFF0C", "\u3001", "\u300C\u300D", "\u300E\u300F", "\u3010\u3011", "\uFF08\uFF09", "\uFF1A", "\u3000", "\uFF01",
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00A0", "\u2028", "\u2029", "\r", "\r\n", "\t", "\\", "\"", "'", "`", "<", ">", "&",
        "{{", "}}", "{%", "%}", "|", "---", "```", "~~~", "<!--", "-->", "]]>", "${x}", "%s", "\u4E2D\u6587", "\uD840\uDC0B",
    ];

    /// <summary>Markdown that prose may hold, and Markdown that tries to become a script, a style or a foreign request.</summary>
    private static readonly string[] Markdown =
    [
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( java\tscript:alert(1))", "[x](java&#x09;script:alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)", "[x](vbscript:msgbox(1))", "<javascript:alert(1)>", "![x](javascript:alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)", "<https://example.org/a?b=c&d=e>", "<mail@example.org>", "[x](#anchor)", "[x](../other/)",
        "![x](https://example.org/i.png \"title\")", "{#id .class onclick=alert(1)}", "<div onclick=alert(1)>", "<script>alert(1)</script>",
        "<!-- unclosed", "```\nfence", "```mermaid\ngraph TD; a-->b\n```", "~~~js\ncode\n~~~", "| a | b |\n|---|--:|\n| 1 | 2 |",
        "# heading", "###### h6", "> quote", "- [ ] task", "1. one\n2. two", "***", "**bold *nested** em*", "`code`", "``a ` b``",
        "\\", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "a  \nb", "[^1]\n\n[^1]: note", "$$x$$", "<details open>", "~~strike~~",
    ];

    /// <summary>Values of the wrong shape, YAML features SiteGen refuses, and sizes beyond its limits.</summary>
    private static readonly string[] YamlShapes =
    [
        "[]", "{}", "~", "null", "0", "-1", "1e309", "0x1F", ".nan", "2024-02-30", "true", "yes", "&a x", "*a", "*nope", "!!binary aGVsbG8=",
        "!!python/object/apply:os.system [ls]", "!local x", "<<: *a", "|", "|-\n  block\n  text", ">+", "\"unterminated", "'", "[a, [b, [c",
        "{a: {b: {c: d}}}", "? complex", "- item", "a: b: c", "@reserved", "`tick", "#comment", "x #not a comment", "\"\\u0000\"", "\"\\x01\"",
        "\"\\uD800\"", "\"\\e[2J\"", "'it''s'", "---\nsecond: doc", "...", "%YAML 1.1", "\t", new string('[', 300) + new string(']', 300),
        string.Concat(Enumerable.Repeat("- ", 200)) + "x", new string('x', 70_000), "[" + string.Join(", ", Enumerable.Range(0, 12_000)) + "]",
    ];

    private static readonly string[] Naughty = [.. NaughtyStrings.All.Concat(NaughtyStrings.All.Select(NaughtyStrings.Decode)).Distinct()];

    /// <summary>Invalid or surprising UTF-8: lone surrogates, overlong forms, stray continuation bytes, BOMs, NULs.</summary>
    private static readonly byte[][] RawBytes =
    [
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xFF], [0xFE], [0x80], [0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00], [0x00, 0x00, 0x00], [0x0D], [0x1A], [0xE4, 0xB8], [0xC3],
    ];

    /// <summary>A short string built from awkward characters, naughty strings, Markdown and plain words.</summary>
    public static Gen<string> Text { get; } =
        Gen.OneOf(Gen.OneOf(Awkward), Gen.OneOf(Naughty), Gen.OneOf(Markdown), Gen.OneOf("word", "实验", "StatefulSet", " ", "\n", "- ", ": ", "# "))
            .Array[1, 6].Select(parts => string.Concat(parts));

    /// <summary>A value for <see cref="MutationKind.ReplaceValue"/>: a text, or a shape YAML or SiteGen should refuse.</summary>
    private static Gen<string> Value { get; } = Gen.Frequency((2, Text), (1, Gen.OneOf(YamlShapes)));

    public static Gen<Mutation> Mutation { get; } =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, int.MaxValue], Gen.Int[1, 200], Value, Gen.OneOf(RawBytes))
            .Select(m => new Mutation(m.Item1, m.Item2, m.Item3, m.Item4, m.Item5));

    /// <summary>Half the cases keep the record's syntax (replacements only), so the build's rendering side is fuzzed too.</summary>
    public static Gen<FuzzCase> Case { get; } =
        Gen.Select(
                Gen.Int[0, FuzzCase.Seeds.Count - 1],
                Gen.Select(Gen.Int[0, 10_000], Text).Array[0, 8],
                Gen.Frequency((1, Mutation.Array[0, 0]), (1, Mutation.Array[1, 4])))
            .Select(c => new FuzzCase(c.Item1, c.Item2, c.Item3));
}
