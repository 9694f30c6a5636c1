using SiteGen.Rendering.Markdown;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// Diagrams, highlighting and CJK line breaks come into the prose pipeline as Markdig extensions handed to
/// it: without them prose is plain CommonMark, with them it is what the site shows.
/// </summary>
public sealed class ProseExtensionsTests
{
    private const string Prose = "第一行\n第二行\n\n```yaml\nreplicas: 3\n```\n\n```mermaid\ngraph TD; A-->B\n```";

    [Fact]
    public void WithoutExtensions_ProseIsPlainCommonMark()
    {
        var html = new ProseMarkdown([]).ToHtml(Prose);

        Assert.Contains("第一行\n第二行", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-yaml\">replicas: 3", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-mermaid\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithTheSiteExtensions_DiagramsAreMermaid_CodeIsHighlighted_AndChineseLinesJoin()
    {
        var html = new ProseMarkdown().ToHtml(Prose);

        Assert.Contains("第一行第二行", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tk-t\">replicas</span>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"mermaid\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_KeepsItsLineBreaks_AndHasNoMarkup_WhateverTheExtensions()
    {
        var text = new ProseMarkdown().ToPlainText(Prose);

        Assert.DoesNotContain("<span", text, StringComparison.Ordinal);
        Assert.Contains("第一行\n第二行", text, StringComparison.Ordinal);
        Assert.Contains("replicas: 3", text, StringComparison.Ordinal);
    }
}
