using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Core.Tests.Loading;

/// <summary>
/// A value that starts with a character YAML gives a meaning to: the author is told to quote it, at the
/// character, instead of a parser message; and nothing they wrote is dropped without a word.
/// </summary>
public sealed class SpecialStartTests
{
    [Theory]
    [InlineData("![截图](shot.png) 说明", "'!', which YAML reads as a tag")]
    [InlineData("`kubectl` is used", "'`', which YAML reads as a character reserved for its own use")]
    [InlineData("@alice wrote this", "'@', which YAML reads as a character reserved for its own use")]
    [InlineData("%d percent", "'%', which YAML reads as a directive")]
    [InlineData("| is a pipe", "'|', which YAML reads as the start of a block of text")]
    [InlineData("> quoted text", "'>', which YAML reads as the start of a block of text")]
    [InlineData("[link](x) text", "'[', which YAML reads as the start of a list")]
    [InlineData("{braces} text", "'{', which YAML reads as the start of a mapping")]
    public void AValueStartingWithAYamlCharacter_IsToldToBeQuoted_AtThatCharacter(string value, string meaning)
    {
        var report = Check($"description: {value}");

        Assert.True(report.Contains($"1.1-first.yaml(6,14): error SG0001: This value starts with {meaning}; put the whole value in quotes", StringComparison.Ordinal), report);
    }

    [Theory]
    [InlineData("&nbsp; indented", "'&nbsp;' at the start of this value as an anchor")]
    [InlineData("!important note", "'!important' at the start of this value as a tag")]
    public void AnAnchorOrTagBeforeText_IsAnError_NotSilentlyDropped(string value, string what)
    {
        var report = Check($"description: {value}");

        Assert.True(report.Contains($"1.1-first.yaml(6,14): error SG0012: YAML reads {what} and drops it from the text", StringComparison.Ordinal), report);
    }

    [Theory]
    [InlineData("tags: [a, b]")]
    [InlineData("description: |\n  text")]
    [InlineData("description: \"!important: a quoted note\"")]
    [InlineData("description: 'a | b'")]
    public void ListsBlocksAndQuotedValues_AreFine(string line)
    {
        Assert.EndsWith("0 errors, 0 warnings.\n", Check(line), StringComparison.Ordinal);
    }

    private static string Check(string line)
    {
        using var content = TestPaths.TestContent();
        content.Add("1.1-first.yaml", $"id: \"1.1\"\nslug: first\nchapter: 1\ntitle: First\ndate: 2024-01-01\n{line}\nsummary: {{one_line: one}}\n");
        var result = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
        return DiagnosticFormatter.Report(result.Diagnostics, result.FilesRead);
    }
}
