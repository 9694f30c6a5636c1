using SiteGen.Scaffolding;

namespace SiteGen.Core.Tests.Scaffolding;

/// <summary>A slug is made from a title: lowercase Latin letters and digits, one hyphen for anything else, at most 80 characters.</summary>
public sealed class SlugsTests
{
    [Theory]
    [InlineData("StatefulSet: stateful applications", "statefulset-stateful-applications")]
    [InlineData("DaemonSet 守护进程", "daemonset")]
    [InlineData("  Rolling update -- v1.2 → v1.3!  ", "rolling-update-v1-2-v1-3")]
    [InlineData("Crème brûlée for Pods", "creme-brulee-for-pods")]
    [InlineData("Don't panic: the Pod’s restart", "dont-panic-the-pods-restart")]
    [InlineData("ＫＵＢＥ　ＤＮＳ 实验", "kube-dns")]
    [InlineData("PV/PVC 存储实验", "pv-pvc")]
    public void FromTitle_KeepsLatinLettersAndDigits_AndJoinsTheRestWithOneHyphen(string title, string slug)
    {
        Assert.Equal(slug, Slugs.FromTitle(title));
        Assert.True(Slugs.IsValid(slug));
    }

    [Fact]
    public void FromTitle_OfALongTitle_IsCutBetweenWordsWithin80Characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("Component", 12));

        var slug = Slugs.FromTitle(title)!;

        Assert.Equal(string.Join('-', Enumerable.Repeat("component", 8)), slug);
        Assert.Equal(79, slug.Length);
        Assert.True(Slugs.IsValid(slug));
    }

    [Fact]
    public void FromTitle_OfOneWordLongerThan80Characters_IsCutAt80()
    {
        var slug = Slugs.FromTitle(new string('x', 100) + " tail")!;

        Assert.Equal(new string('x', 80), slug);
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("守护进程")]
    [InlineData("——「」")]
    [InlineData("")]
    public void FromTitle_WithoutALatinLetterOrDigit_IsNull_SoTheSlugMustBeGiven(string title)
    {
        Assert.Null(Slugs.FromTitle(title));
    }

    [Theory]
    [InlineData("rolling-update", true)]
    [InlineData("v2", true)]
    [InlineData("Rolling-update", false)]
    [InlineData("rolling--update", false)]
    [InlineData("-rolling", false)]
    [InlineData("rolling_update", false)]
    [InlineData("", false)]
    public void IsValid_FollowsTheModelsSlugPattern(string slug, bool valid)
    {
        Assert.Equal(valid, Slugs.IsValid(slug));
        Assert.False(Slugs.IsValid(new string('a', 81)));
    }

    [Fact]
    public void FirstFree_IsTheSlugItself_OrTheFirstNumberedOneNotTaken()
    {
        HashSet<string> taken = ["daemonset", "daemonset-2"];

        Assert.Equal("statefulset", Slugs.FirstFree("statefulset", taken.Contains));
        Assert.Equal("daemonset-3", Slugs.FirstFree("daemonset", taken.Contains));
    }

    [Fact]
    public void FirstFree_StaysWithin80Characters()
    {
        var slug = string.Join('-', Enumerable.Repeat("component", 8));

        var free = Slugs.FirstFree(slug, s => s == slug);

        Assert.Equal(string.Join('-', Enumerable.Repeat("component", 7)) + "-2", free);
        Assert.True(Slugs.IsValid(free));
    }
}
