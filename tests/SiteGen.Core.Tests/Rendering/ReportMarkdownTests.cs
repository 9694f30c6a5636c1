using CsCheck;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// Prose going into a report is made harmless by editing the author's Markdown in place: whatever the
/// Markdown, the edits apply (none of them overlap another's text) and nothing unsafe is left.
/// </summary>
public sealed class ReportMarkdownTests
{
    private static readonly string[] Pieces =
    [
        "[x]", "[r]", "[r]: ", "(", ")", "]", "[", "javascript:alert(1)", "https://x.io", "<a href=\"", "\">", "</a>", "<b>", "<",
        ">", "- ", "* ", "1. ", "> ", "\n", "\n\n", " ", "`", "```", "x", "有状态", "：", "\"t\"", "<https://x.io>", "<javascript:alert(1)>",
        "!", "![i]", "\\", "&amp;", "&#x26;", "|", "---", "[x][r]", "\n\n[r]: javascript:alert(1)",
    ];

    private readonly ReportMarkdown _report = new();

    [Theory]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x](<javascript:alert(1)> \"<b>\")")]
    [InlineData("[x][r] and [y][r]\n\n[r]: javascript:alert(1)")] // found by the fuzzing harness: two edits of one target
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)\n\n[x][r]\n\n[r]: javascript:alert(2)")]
    public void ALinkToAnUnsafeTarget_LosesTheTarget_WhateverIsAroundIt(string markdown)
    {
        var sanitized = _report.Sanitize(markdown);

        Assert.DoesNotContain("javascript:", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyMarkdown_IsSanitizedWithoutAnError()
    {
        Gen.Int[0, Pieces.Length - 1].Array[1, 14]
            .Select(ids => string.Concat(ids.Select(i => Pieces[i])))
            .Sample(markdown => { _report.Sanitize(markdown); }, iter: 20_000);
    }
}
