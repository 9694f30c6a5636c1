using CsCheck;
using SiteGen.Rendering.Markdown;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// Prose judged plain skips Markdig: every such text must come out exactly as Markdig writes it, and
/// anything that is markup must not be judged plain.
/// </summary>
public sealed class PlainProseTests
{
    private static readonly string[] Pieces =
    [
        "StatefulSet", "Pod", "stateful-demo-0", "replicas", "3", "10", "v1", "a", "i", "iv", " ", " ", "  ",
        "有状态应用", "持久化存储", "验证", "的", "，", "。", "：", "（", "）", "、", "“", "”", "！", "？", "　",
        ".", ",", ";", "?", "'", "\"", "(", ")", "/", "%", "$", "-", "*", "_", "`", "[", "]", "<", ">", "&", "#", "|",
        "~", "^", "+", "=", "!", "{", "}", ":", "@", "\\", "\t", "\n", "1.", "a)", "www.", "https://x.io", "mailto:", "😀", "é",
    ];

    private readonly ProseMarkdown _markdown = new();

    [Fact]
    public void TextJudgedPlain_RendersExactlyAsMarkdigRendersIt()
    {
        var plain = 0;
        Gen.OneOf(Pieces).Array[1, 14].Select(string.Concat).Sample(text =>
        {
            if (!PlainProse.IsPlain(text))
            {
                return true;
            }

            Interlocked.Increment(ref plain);
            var fast = _markdown.Render(text);
            var parsed = _markdown.RenderParsed(text);
            return fast.Html == parsed.Html && fast.InlineHtml == parsed.InlineHtml && fast.Text == parsed.Text
                && !parsed.HasDiagram && _markdown.ToReportMarkdown(text) == text;
        }, iter: LongRuns.Enabled ? 1_000_000 : 30_000);

        Assert.True(plain > 1_000, $"only {plain} generated texts were judged plain: the test compares too little");
    }

    [Theory]
    [InlineData("部署一个三副本的 StatefulSet，验证其有序创建与删除。")]
    [InlineData("Every Pod has its own PVC")]
    [InlineData("The \"headless\" service (clusterIP: None) is required")]
    public void SentencesWithoutMarkup_ArePlain(string text)
    {
        Assert.True(PlainProse.IsPlain(text.Replace(":", "", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("**bold**")]
    [InlineData("a `code` span")]
    [InlineData("- item")]
    [InlineData("1. first")]
    [InlineData("a) lettered")]
    [InlineData("iv. roman")]
    [InlineData("# heading")]
    [InlineData("> quote")]
    [InlineData("see https://kubernetes.io")]
    [InlineData("see www.example.org")]
    [InlineData("a | b")]
    [InlineData("H~2~O")]
    [InlineData("<none>")]
    [InlineData("AT&T")]
    [InlineData("two\nlines")]
    [InlineData(" leading space")]
    [InlineData("---")]
    public void Markup_IsNotPlain(string text)
    {
        Assert.False(PlainProse.IsPlain(text));
    }
}
