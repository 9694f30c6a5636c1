using SiteGen.Diagrams;

namespace SiteGen.Core.Tests.Diagrams;

/// <summary>A drawing that could run anything is refused; a label whose text only says so is text.</summary>
public sealed class SvgTidyTests
{
    [Theory]
    [InlineData("""<svg><script>alert(1)</script></svg>""")]
    [InlineData("""<svg><g onclick="alert(1)"><text>x</text></g></svg>""")]
    [InlineData("""<svg><image href="x" ONERROR = "alert(1)"></image></svg>""")]
    [InlineData("""<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>""")]
    [InlineData("""<svg><a href=" java&#9;script:alert(1)"><text>x</text></a></svg>""")]
    [InlineData("""<svg><foreignObject><iframe src="x"></iframe></foreignObject></svg>""")]
    [InlineData("""<svg><style>a { background: url("javascript:alert(1)") }</style></svg>""")]
    public void MarkupThatRuns_IsActive(string svg) => Assert.True(SvgTidy.IsActive(svg));

    [Theory]
    [InlineData("""<svg><text><tspan>&lt;img src=x onerror=alert(1)&gt;</tspan></text></svg>""")]
    [InlineData("""<svg><text>JavaScript: the good parts</text></svg>""")]
    [InlineData("""<svg><text>&lt;script&gt;alert(1)&lt;/script&gt;</text></svg>""")]
    [InlineData("""<svg><a xlink:href="../en/02-controllers/2.1-statefulset/index.html"><text>2.1 onload= explained</text></a></svg>""")]
    public void TextThatOnlySaysSo_IsNotActive(string svg) => Assert.False(SvgTidy.IsActive(svg));
}
