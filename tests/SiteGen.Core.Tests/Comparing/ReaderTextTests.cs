using SiteGen.Comparing;

namespace SiteGen.Core.Tests.Comparing;

/// <summary>What a reader sees of a page: the text, not the markup, scripts or style sheets around it.</summary>
public sealed class ReaderTextTests
{
    [Fact]
    public void ADrawnDiagram_ReadsAsItsLabels_NotItsStyleSheet()
    {
        const string page = """
            <html><body><main>
            <h2>Learning path</h2>
            <figure class="diagram"><div class="diagram-art" role="group"><div class="diagram-light"><svg><style>#mmd-1{font-family:system-ui;fill:#1f2328;}</style><g><a href="x"><text><tspan>2.1</tspan> <tspan>StatefulSet</tspan></text></a></g></svg></div></div></figure>
            <p>After <script>var x = 1;</script>the diagram.</p>
            </main></body></html>
            """;

        Assert.Equal("## Learning path\n2.1 StatefulSet\nAfter the diagram.\n", ReaderText.Of(page));
    }
}
