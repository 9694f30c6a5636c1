using SiteGen.Importing.Encoding;

namespace SiteGen.Core.Tests.Importing.Encoding;

/// <summary>A repair is accepted only if mangling it again gives back exactly what was repaired.</summary>
public sealed class MojibakeProofTests
{
    private static readonly SingleByteCodePage Turkish = SingleByteCodePage.Windows1254;

    [Fact]
    public void FirstFailingLine_WhenTheRepairMangledAgainIsTheInput_IsNull()
    {
        var input = "# " + MojibakeMangler.Mangle("不是中文", Turkish) + "\nplain\n";

        Assert.Null(MojibakeProof.FirstFailingLine(input, "# 不是中文\nplain\n", Turkish));
    }

    [Fact]
    public void FirstFailingLine_WhenARepairPutsBackAByteThePageKeeps_NamesThatLine()
    {
        var input = "plain\n" + MojibakeMangler.Mangle("不是", Turkish);

        // 丈 is E4 B8 88; 0x88 is ˆ in windows-1254 and would not have been dropped.
        Assert.Equal(2, MojibakeProof.FirstFailingLine(input, "plain\n丈是", Turkish));
    }

    [Fact]
    public void FirstFailingLine_WhenAnUnmangledLineWasChanged_NamesThatLine()
    {
        Assert.Equal(1, MojibakeProof.FirstFailingLine("Größe\nä¸", "Grösse\n不", Turkish));
    }

    [Fact]
    public void FirstFailingLine_WhenLinesWereAddedOrRemoved_Fails()
    {
        Assert.NotNull(MojibakeProof.FirstFailingLine("ä¸", "不\n", Turkish));
    }

    [Fact]
    public void FirstFailingLine_WhenAnotherCandidateWasChosen_CannotTell()
    {
        // The proof shows a repair is consistent with the input, not that it is right: 丁 (E4 B8 81) and
        // 不 (E4 B8 8D) both lose their last byte. Choosing between them is the dictionary's job.
        Assert.Null(MojibakeProof.FirstFailingLine("ä¸", "丁", Turkish));
    }
}
