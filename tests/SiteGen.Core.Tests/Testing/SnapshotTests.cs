using SiteGen.Testing;

namespace SiteGen.Core.Tests.Testing;

/// <summary>The snapshot helper itself: Verify's conventions for verified and received files.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-snapshot-").FullName;

    private string Stem => Path.Combine(_folder, "Page.Render");

    [Fact]
    public void Match_PassesAndRemovesAStaleReceivedFile()
    {
        File.WriteAllText(Stem + ".verified.html", "<p>same</p>\n");
        File.WriteAllText(Stem + ".received.html", "old");

        Assert.Null(Snapshot.Compare("<p>same</p>\n", Stem, "html", accept: false));
        Assert.False(File.Exists(Stem + ".received.html"));
    }

    [Fact]
    public void LineEndings_DoNotMatter()
    {
        File.WriteAllText(Stem + ".verified.txt", "a\r\nb\r\n");

        Assert.Null(Snapshot.Compare("a\nb\n", Stem, "txt", accept: false));
    }

    [Fact]
    public void Mismatch_WritesReceived_AndFailsWithAUnifiedDiff()
    {
        File.WriteAllText(Stem + ".verified.txt", "one\ntwo\nthree\n");

        var failure = Snapshot.Compare("one\n2\nthree\n", Stem, "txt", accept: false);

        Assert.NotNull(failure);
        Assert.Contains("-two", failure, StringComparison.Ordinal);
        Assert.Contains("+2", failure, StringComparison.Ordinal);
        Assert.Contains("@@", failure, StringComparison.Ordinal);
        Assert.Equal("one\n2\nthree\n", File.ReadAllText(Stem + ".received.txt"));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(Stem + ".verified.txt"));
    }

    [Fact]
    public void MissingVerified_Fails_AndWritesReceived()
    {
        var failure = Snapshot.Compare("new", Stem, "md", accept: false);

        Assert.NotNull(failure);
        Assert.Contains("No verified snapshot Page.Render.verified.md", failure, StringComparison.Ordinal);
        Assert.Equal("new", File.ReadAllText(Stem + ".received.md"));
    }

    [Fact]
    public void Accept_WritesVerified_WithoutABom()
    {
        Assert.Null(Snapshot.Compare("中文\n", Stem, "md", accept: true));

        Assert.Equal("中文\n"u8.ToArray(), File.ReadAllBytes(Stem + ".verified.md"));
        Assert.False(File.Exists(Stem + ".received.md"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
