using SiteGen.Rendering.Markdown;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>The one Markdown pipeline for prose: what it renders and what it refuses to.</summary>
public sealed class ProseMarkdownTests
{
    private readonly ProseMarkdown _markdown = new();

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    public void UnsafeUrls_AreNeutralised(string markdown)
    {
        var html = _markdown.ToHtml(markdown);

        Assert.DoesNotContain("script:", html.Replace("javascript:alert(1)&gt;", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[x](https://kubernetes.io/)", "href=\"https://kubernetes.io/\"")]
    [InlineData("[x](mailto:lab@example.org)", "href=\"mailto:lab@example.org\"")]
    [InlineData("[x](../2.2/#step-1)", "href=\"../2.2/#step-1\"")]
    [InlineData("[x](#results)", "href=\"#results\"")]
    public void SafeUrls_AreKept(string markdown, string expected)
    {
        Assert.Contains(expected, _markdown.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a &#14; b", "<p>a &amp;#14; b</p>")]
    [InlineData("a &#x7f; b", "<p>a &amp;#x7f; b</p>")]
    [InlineData("a &#x85; b", "<p>a &amp;#x85; b</p>")]
    [InlineData("a &#x4e2d; &amp; &copy; b", "<p>a 中 &amp; © b</p>")]
    public void ACharacterReferenceToAControlCharacter_StaysText_WhileOthersAreDecoded(string markdown, string expected)
    {
        // Found by the fuzzing harness: Markdig decoded &#14; into U+000E, which no page can show.
        Assert.Equal(expected, _markdown.ToHtml(markdown));
        Assert.DoesNotContain('\u000E', _markdown.ToPlainText(markdown));
    }

    [Fact]
    public void RawHtml_IsEscaped()
    {
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;none&gt;</p>", _markdown.ToHtml("<script>alert(1)</script> <none>"));
    }

    [Fact]
    public void MermaidFence_BecomesAMermaidBlock()
    {
        var html = _markdown.ToHtml("```mermaid\ngraph LR\n  A --> B</pre><script>x</script>\n```");

        Assert.StartsWith("<pre class=\"mermaid\">", html, StringComparison.Ordinal);
        Assert.Contains("A --> B&lt;/pre>&lt;script>x&lt;/script>", html, StringComparison.Ordinal);
        Assert.True(_markdown.HasDiagram("```mermaid\ngraph LR\n```"));
        Assert.True(_markdown.HasDiagram("~~~mermaid\ngraph LR\n~~~"));
        Assert.True(_markdown.HasDiagram("``` mermaid\ngraph LR\n```"));
        Assert.False(_markdown.HasDiagram("```bash\necho mermaid\n```"));
    }

    [Fact]
    public void InlineHtml_DropsTheParagraph_OnlyForASingleParagraph()
    {
        Assert.Equal("StatefulSet <code>v1</code>", _markdown.ToInlineHtml("StatefulSet `v1`"));
        Assert.Equal("one &lt;two&gt;\nthree", _markdown.ToInlineHtml("one <two>\n\n- three"));
    }

    [Theory]
    [InlineData("有序创建\n和删除", "<p>有序创建和删除</p>")]
    [InlineData("句号。\n下一句", "<p>句号。下一句</p>")]
    [InlineData("ordered\ncreation", "<p>ordered\ncreation</p>")]
    [InlineData("StatefulSet\n有状态", "<p>StatefulSet\n有状态</p>")]
    [InlineData("硬换行  \n下一行", "<p>硬换行<br />\n下一行</p>")]
    public void SoftLineBreak_BetweenChineseCharacters_IsNotASpace(string markdown, string html)
    {
        Assert.Equal(html, _markdown.ToHtml(markdown));
    }

    [Fact]
    public void HeadingsInProse_SitBelowThePageSections()
    {
        Assert.Equal("<h4>Title</h4>\n<h6>Deep</h6>", _markdown.ToHtml("# Title\n\n#### Deep"));
    }

    [Fact]
    public void Footnotes_AreNotAnExtension_SoIdsCannotRepeat()
    {
        Assert.DoesNotContain("id=\"fn", _markdown.ToHtml("Text[^1]\n\n[^1]: note"), StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_DropsMarkup()
    {
        Assert.Equal("Markdown and code", _markdown.ToPlainText("**Markdown** and `code`"));
    }
}
