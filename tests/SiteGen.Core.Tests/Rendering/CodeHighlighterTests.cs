using SiteGen.Rendering.Highlighting;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>Code is highlighted at build time for the languages lab records use; other code is left alone.</summary>
public sealed class CodeHighlighterTests
{
    [Theory]
    [InlineData("bash", "kubectl get pods -n demo # list", "tk-c")]
    [InlineData("sh", "echo \"hello\"", "tk-s")]
    [InlineData("yaml", "replicas: 3", "tk-t")]
    [InlineData("yml", "name: \"web\"", "tk-s")]
    [InlineData("json", "{\"replicas\": 3}", "tk-n")]
    [InlineData("go", "func main() {}", "tk-k")]
    [InlineData("python", "def main(): pass", "tk-k")]
    [InlineData("dockerfile", "FROM debian:12", "tk-k")]
    public void TheLanguagesOfLabRecords_AreHighlighted(string language, string code, string expectedClass)
    {
        var html = CodeHighlighter.Instance.Highlight(code, language);

        Assert.NotNull(html);
        Assert.Contains($"class=\"{expectedClass}\"", html, StringComparison.Ordinal);
        Assert.Equal(code, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("no-such-language")]
    [InlineData("")]
    public void CodeInALanguageWithoutAGrammar_IsLeftAlone(string language) =>
        Assert.Null(CodeHighlighter.Instance.Highlight("a < b", language));

    [Theory]
    [InlineData("```bash\n```", "<pre><code class=\"language-bash\"></code></pre>")]
    [InlineData("```yaml\nreplicas: 3\n```", "<pre><code class=\"language-yaml\"><span class=\"tk-t\">replicas</span>: <span class=\"tk-n\">3</span></code></pre>")]
    [InlineData("```text\na < b\n```", "<pre><code class=\"language-text\">a &lt; b\n</code></pre>")]
    public void AFenceInProse_IsHighlighted_WhenItsLanguageHasAGrammar(string markdown, string html) =>
        Assert.Equal(html, new SiteGen.Rendering.Markdown.ProseMarkdown().ToHtml(markdown));

    [Fact]
    public void AShellBlock_IsATranscript_CommandsHighlighted_OutputLeftPlain()
    {
        var html = CodeHighlighter.Instance.Transcript("$ kubectl describe pv demo\nAnnotations: <none>\n# note");

        Assert.Equal(
            "<span class=\"prompt\">$ </span><span class=\"tk-f\">kubectl</span> describe pv demo\nAnnotations: &lt;none&gt;\n<span class=\"tk-c\"># note</span>",
            html);
    }

    [Fact]
    public void EveryLineStaysALine_AndTextIsEncoded()
    {
        var html = CodeHighlighter.Instance.Highlight("cat <<EOF\n<b>&\nEOF", "bash")!;

        Assert.Equal(3, html.Split('\n').Length);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;", html, StringComparison.Ordinal);
    }
}
