using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Rendering.Views;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering.Views;

/// <summary>
/// Text SiteGen writes into Mermaid labels holds nothing Mermaid reads as syntax, markup, Markdown or an icon:
/// only letters, digits, spaces and entity codes, which give back the text.
/// </summary>
public sealed partial class MermaidTextTests
{
    [Theory]
    [InlineData("StatefulSet: stateful", "StatefulSet#58; stateful")]
    [InlineData("PV/PVC 存储实验", "PV#47;PVC 存储实验")]
    [InlineData("a \"quoted\" ]label[", "a #34;quoted#34; #93;label#91;")]
    [InlineData("<b>bold</b>", "#60;b#62;bold#60;#47;b#62;")]
    [InlineData("#quot; and \\n", "#35;quot#59; and #92;n")]
    [InlineData("  spread\tover\nlines  ", "spread over lines")]
    [InlineData("✅ done", "#9989; done")]
    public void ALabel_IsLettersDigitsSpacesAndEntityCodes(string text, string label) =>
        Assert.Equal(label, MermaidText.Label(text));

    [Theory]
    [InlineData("StatefulSet: stateful applications", "StatefulSet#58; stateful<br/>applications")]
    [InlineData("Kubernetes 存储卷的动态供应与回收策略实验", "Kubernetes<br/>存储卷的动态供应与回收策<br/>略实验")]
    [InlineData("a-very-long-word-that-no-line-can-hold", "a#45;very#45;long#45;word#45;that#45;no<br/>#45;line#45;can#45;hold")]
    public void ALabel_IsBrokenIntoLinesOfAtMost24Columns_BetweenWordsWhereItCan(string text, string label) =>
        Assert.Equal(label, MermaidText.Label(text));

    [Fact]
    public void AnUnpairedSurrogate_IsTheReplacementCharacter()
    {
        var text = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal("lone #65533; surrogate", MermaidText.Label(text));
    }

    [Fact]
    public void ALongTitle_IsCut_WithAnEllipsis()
    {
        var label = MermaidText.Label(new string('x', 100), columns: int.MaxValue);

        Assert.Equal(new string('x', MermaidText.MaxLength) + "#8230;", label);
    }

    [Fact]
    public void EveryNaughtyString_BecomesALabelThatGivesItBack()
    {
        var strings = NaughtyStrings.All.Concat(NaughtyStrings.All.Select(NaughtyStrings.Decode)).Distinct().ToList();

        Assert.True(strings.Count > 500, $"only {strings.Count} strings");
        Assert.All(strings, text =>
        {
            var label = MermaidText.Label(text, maxLength: int.MaxValue, columns: int.MaxValue);
            Assert.True(IsSafe(label), label);
            Assert.Equal(Normal(text), Decode(label));
        });
    }

    [GeneratedRegex("#([0-9]+);")]
    private static partial Regex Entity();

    /// <summary>Letters, digits and spaces (by code point: .NET's \p{L} does not see a letter beyond U+FFFF) around entity codes.</summary>
    private static bool IsSafe(string label) =>
        Entity().Replace(label, "").EnumerateRunes().All(r => Rune.IsLetterOrDigit(r) || r.Value == ' ');

    private static string Decode(string label) => Entity().Replace(label, m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>What a label says: runs of white space as one space, none at either end, each unpaired surrogate as U+FFFD.</summary>
    private static string Normal(string text)
    {
        var runes = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        return string.Join(' ', runes.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
