using SiteGen.Scaffolding;

namespace SiteGen.Core.Tests.Scaffolding;

/// <summary>A request that cannot work whatever the content says so before any content is read.</summary>
public sealed class NewRecordRequestTests
{
    private static readonly DateOnly Day = new(2026, 1, 15);

    [Theory]
    [InlineData("DaemonSet: one pod per node", null)]
    [InlineData("守护进程", "daemonset")]
    public void AWorkableRequest_HasNoProblem(string title, string? slug)
    {
        Assert.Null(new NewRecordRequest(2, title, slug, Day).Problem);
    }

    [Fact]
    public void ATitleWithoutLatinLettersOrDigits_AndNoSlug_AsksForASlug()
    {
        Assert.Equal(
            "The title \"守护进程\" has no Latin letter or digit to make the page's slug from; give one with --slug, for example --slug daemonset.",
            new NewRecordRequest(2, "守护进程", null, Day).Problem);
    }

    [Theory]
    [InlineData("Daemon_Set")]
    [InlineData("daemonset-")]
    [InlineData("守护进程")]
    public void AGivenSlugThatIsNoSlug_SaysWhatASlugIs(string slug)
    {
        Assert.Equal(
            $"--slug '{slug}' is not a slug: use at most 80 lowercase letters, digits and single hyphens, for example rolling-update.",
            new NewRecordRequest(2, "DaemonSet", slug, Day).Problem);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void AChapterNumberOutsideOneTo99_IsNoChapter(int chapter)
    {
        Assert.Equal(
            $"--chapter {chapter} is not a chapter number; chapters are numbered 1 to 99.",
            new NewRecordRequest(chapter, "DaemonSet", null, Day).Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void AnEmptyTitle_AsksForOne(string title)
    {
        Assert.StartsWith("Give the experiment a title", new NewRecordRequest(2, title, null, Day).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleWithAControlCharacter_IsRefused()
    {
        Assert.Equal(
            "The title holds the control character U+0007, which no page can show; remove it.",
            new NewRecordRequest(2, "Daemon\u0007Set", null, Day).Problem);
    }

    [Fact]
    public void TheShownTitle_HasOneSpaceForEveryRunOfWhiteSpace()
    {
        Assert.Equal("DaemonSet: one pod per node", new NewRecordRequest(2, "  DaemonSet:\n one\tpod  per node ", null, Day).ShownTitle);
    }
}
