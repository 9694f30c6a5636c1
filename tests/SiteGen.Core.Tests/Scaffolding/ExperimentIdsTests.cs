using SiteGen.Scaffolding;

namespace SiteGen.Core.Tests.Scaffolding;

/// <summary>A new experiment takes the number after the highest one of its chapter.</summary>
public sealed class ExperimentIdsTests
{
    [Fact]
    public void Next_InAChapterWithoutExperiments_IsItsFirst()
    {
        Assert.Equal("2.1", ExperimentIds.Next(2, []));
        Assert.Equal("3.1", ExperimentIds.Next(3, ["2.1", "4.1"]));
    }

    [Fact]
    public void Next_AfterTheChaptersExperiments_IsTheFollowingNumber()
    {
        Assert.Equal("2.3", ExperimentIds.Next(2, ["2.1", "2.2"]));
        Assert.Equal("2.3", ExperimentIds.Next(2, ["2.2", "4.7", "2.1", "12.9"]));
    }

    [Fact]
    public void Next_LeavesGapsAlone_AndCountsNumbersAsNumbers()
    {
        Assert.Equal("2.6", ExperimentIds.Next(2, ["2.1", "2.5"]));
        Assert.Equal("2.11", ExperimentIds.Next(2, ["2.9", "2.10"]));
    }

    [Fact]
    public void Next_IgnoresWhatIsNoId()
    {
        Assert.Equal("2.2", ExperimentIds.Next(2, ["2.1", "2.x", "draft", "2.1.1", "2.1000"]));
    }

    [Fact]
    public void Next_AfterTheLastNumberAnIdCanHold_IsNull()
    {
        Assert.Null(ExperimentIds.Next(2, ["2.999"]));
        Assert.Equal("2.999", ExperimentIds.Next(2, ["2.998"]));
    }
}
