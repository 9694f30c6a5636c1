using SiteGen.Importing.Encoding;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Importing.Encoding;

/// <summary>
/// Mangled text is repaired as far as the lost bytes allow, every damaged place is listed, doubtful ones
/// as such, and text that is not mangled is never touched.
/// </summary>
public sealed class MojibakeRepairerTests(ITestOutputHelper output)
{
    /// <summary>Measured when the repairer was written; a change that repairs worse fails here.</summary>
    private const int WrongCharactersInTheLabRecord = 9;

    [Fact]
    public void Repair_WhenTheLabRecordWasMangled_RestoresAllButAFewDoubtfulCharacters()
    {
        var original = MojibakeFixture.Original;

        var repair = MojibakeRepairer.Repair(MojibakeFixture.Mangled);

        var wrong = MojibakeFixture.DifferingCharacters(original, repair.Text);
        output.WriteLine($"{repair.Places.Count} damaged places, {repair.UncertainCount} uncertain, {wrong} characters still differ from the original");
        Assert.Equal(MojibakeRepairOutcome.Repaired, repair.Outcome);
        Assert.Equal("windows-1254", repair.CodePage);
        Assert.Equal(MojibakeFixture.DamagedCharacters(original, SingleByteCodePage.Windows1254), repair.Places.Count);
        Assert.InRange(wrong, 0, WrongCharactersInTheLabRecord);
    }

    [Fact]
    public void Repair_WhenItGuessesWrong_HasListedThatPlaceAsUncertain()
    {
        var originalLines = MojibakeFixture.Original.Split('\n');

        var repair = MojibakeRepairer.Repair(MojibakeFixture.Mangled);

        var wrong = repair.Places
            .Where(p => originalLines[p.Line - 1].Substring(p.Column - 1, p.Chosen.Length) != p.Chosen)
            .ToList();
        Assert.NotEmpty(wrong);
        Assert.All(wrong, p => Assert.False(p.IsCertain, $"{p.Line}:{p.Column} {p.Chosen} was marked certain"));
        Assert.All(wrong, p => Assert.Contains(originalLines[p.Line - 1].Substring(p.Column - 1, p.Chosen.Length), p.Alternatives));
    }

    [Fact]
    public void Repair_WhenNoByteWasDropped_IsExactAndListsNoPlace()
    {
        const string original = "你好，世界。Hello — café, 📋 ✅ 表格：第 2 行\n第二行";
        var mangled = MojibakeMangler.Mangle(original, SingleByteCodePage.Windows1254);

        var repair = MojibakeRepairer.Repair(mangled);

        Assert.Equal(0, MojibakeFixture.DamagedCharacters(original, SingleByteCodePage.Windows1254));
        Assert.NotEqual(original, mangled);
        Assert.Equal(original, repair.Text);
        Assert.Empty(repair.Places);
    }

    [Theory]
    [InlineData("实验记录：StatefulSet 有状态应用")]
    [InlineData("Größe über Straße")]
    [InlineData("emoji 📋 and ASCII")]
    [InlineData("")]
    public void Repair_WhenTextIsNotMangled_ReturnsItUnchanged(string text)
    {
        var repair = MojibakeRepairer.Repair(text);

        Assert.Equal(MojibakeRepairOutcome.Clean, repair.Outcome);
        Assert.Same(text, repair.Text);
        Assert.Empty(repair.Places);
    }

    [Fact]
    public void Repair_WhenALineShowsNoMangling_LeavesItAsItIs()
    {
        var mangled = MojibakeMangler.Mangle("实验记录：有状态应用的数据持久化", SingleByteCodePage.Windows1254);
        var text = $"Größe, café\n{mangled}\nàé 实验\nplain";

        var repair = MojibakeRepairer.Repair(text);

        Assert.Equal("Größe, café\n实验记录：有状态应用的数据持久化\nàé 实验\nplain", repair.Text);
        Assert.All(repair.Places, p => Assert.Equal(2, p.Line));
    }

    [Fact]
    public void Repair_WhenAMangledLineAlsoHoldsRealText_LeavesItAsItWasAndSaysSo()
    {
        var mangled = MojibakeMangler.Mangle("实验记录：有状态应用的数据持久化", SingleByteCodePage.Windows1254);
        var text = $"{mangled}\n{mangled} 真的\n{mangled}";

        var repair = MojibakeRepairer.Repair(text);

        Assert.Equal(MojibakeRepairOutcome.Repaired, repair.Outcome);
        Assert.Equal($"实验记录：有状态应用的数据持久化\n{mangled} 真的\n实验记录：有状态应用的数据持久化", repair.Text);
        Assert.Equal([2], repair.LinesLeftAsTheyWere);
        Assert.DoesNotContain(repair.Places, p => p.Line == 2);
    }

    [Fact]
    public void Repair_WhenContextCannotDecide_ListsThePlaceAsUncertainWithItsAlternatives()
    {
        var mangled = MojibakeMangler.Mangle("StatefulSet 与 Deployment", SingleByteCodePage.Windows1254);

        var repair = MojibakeRepairer.Repair(mangled);

        var place = Assert.Single(repair.Places);
        Assert.Equal((1, 13), (place.Line, place.Column));
        Assert.Equal("ä¸", place.Mangled);
        Assert.False(place.IsCertain);
        Assert.Equal(1, repair.UncertainCount);
        Assert.Subset(new HashSet<string>([place.Chosen, .. place.Alternatives]), new HashSet<string> { "不", "与", "中", "丝" });
    }

    [Fact]
    public void Repair_WhenWordCountsPreferAnAdverbThatCannotPrecede的_ChoosesTheLocative()
    {
        // 不 is counted more often than 中, but jieba's part-of-speech model rarely has an adverb before 的.
        var mangled = MojibakeMangler.Mangle("StatefulSet 中的每个 Pod", SingleByteCodePage.Windows1254);

        var repair = MojibakeRepairer.Repair(mangled);

        Assert.Equal("StatefulSet 中的每个 Pod", repair.Text);
    }

    [Fact]
    public void Repair_WhenWordsDecide_IsCertain()
    {
        var mangled = MojibakeMangler.Mangle("实验记录", SingleByteCodePage.Windows1254);

        var repair = MojibakeRepairer.Repair(mangled);

        Assert.Equal("实验记录", repair.Text);
        var place = Assert.Single(repair.Places);
        Assert.Equal(("实", true), (place.Chosen, place.IsCertain));
        Assert.Contains("宝", place.Alternatives);
    }
}
