using System.Text;
using SiteGen.Publishing;

namespace SiteGen.Core.Tests.Publishing;

/// <summary>
/// An SVG the site publishes can be opened on its own, where it would run in the site's origin: whatever
/// hostile content it holds is taken out (and named), or the file is refused.
/// </summary>
public sealed class SvgSanitizerTests
{
    private const string Open = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40">""";

    [Theory]
    [InlineData("<script>alert(document.cookie)</script>", "<script> elements")]
    [InlineData("<script xlink:href=\"https://evil.example/x.js\"/>", "<script> elements")]
    [InlineData("<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>", "event handlers (on… attributes)")]
    [InlineData("<rect width=\"10\" height=\"10\" ONMOUSEOVER=\"alert(1)\"/>", "event handlers (on… attributes)")]
    [InlineData("<foreignObject width=\"100\" height=\"20\"><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"/></foreignObject>", "<foreignObject> elements")]
    [InlineData("<a href=\"javascript:alert(1)\"><text y=\"20\">click</text></a>", "references to other files or addresses (href)")]
    [InlineData("<a xlink:href=\"javascript:alert(1)\"><text y=\"20\">click</text></a>", "references to other files or addresses (href)")]
    [InlineData("<image href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/>", "references to other files or addresses (href)")]
    [InlineData("<use href=\"other.svg#shape\"/>", "references to other files or addresses (href)")]
    [InlineData("<style>@import url(https://evil.example/x.css);</style>", "styles that load from outside the file (url(), @import)")]
    [InlineData("<rect width=\"10\" height=\"10\" style=\"fill: url(https://evil.example/p.svg#g)\"/>", "styles that load from outside the file (url(), @import)")]
    [InlineData("<rect width=\"10\" height=\"10\" fill=\"url(https://evil.example/p.svg#g)\"/>", "references to other files or addresses (url())")]
    [InlineData("<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text y=\"20\">x</text></a>", "<set> elements that change links or handlers")]
    public void HostileContent_IsTakenOut_AndNamed_AndWhatIsLeftCannotRun(string hostile, string named)
    {
        var svg = Sanitize($"{Open}<rect width=\"5\" height=\"5\" fill=\"url(#keep)\"/>{hostile}</svg>");

        Assert.Null(svg.Refused);
        Assert.Contains(named, svg.Removed);
        var text = Encoding.UTF8.GetString(svg.Bytes!);
        Assert.DoesNotContain("alert", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", text, StringComparison.Ordinal);
        Assert.False(SiteGen.Diagrams.SvgTidy.IsActive(text));
        Assert.Contains("url(#keep)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnSvgWithNothingToRemove_IsPublishedByteForByte_WithItsSize()
    {
        var bytes = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n{Open}<defs><linearGradient id=\"g\"/></defs><use href=\"#g\"/><text y=\"20\">ok</text></svg>\n");

        var svg = SvgSanitizer.Sanitize(bytes);

        Assert.Empty(svg.Removed);
        Assert.Equal(bytes, svg.Bytes);
        Assert.Equal((120, 40), (svg.Width, svg.Height));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"/>", 300, 150)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600px\" viewBox=\"0 0 300 150\"/>", 600, 300)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\"/>", 0, 0)]
    public void TheSize_ComesFromWidthAndHeight_OrTheViewBox(string text, int width, int height)
    {
        var svg = Sanitize(text);

        Assert.Equal((width, height), (svg.Width, svg.Height));
    }

    [Theory]
    [InlineData("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>", "DTD")]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol2;</text></svg>", "DTD")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>", "not well-formed")]
    [InlineData("<html><body onload=\"alert(1)\"/></html>", "root element is not <svg>")]
    public void AFileThatCannotBeMadeSafe_IsRefused_WithWhy(string text, string why)
    {
        var svg = Sanitize(text);

        Assert.Null(svg.Bytes);
        Assert.Contains(why, svg.Refused, StringComparison.Ordinal);
    }

    private static SanitizedSvg Sanitize(string text) => SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(text));
}
