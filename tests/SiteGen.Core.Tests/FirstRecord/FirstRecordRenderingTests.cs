using AngleSharp.Html.Parser;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.FirstRecord;

/// <summary>
/// What an author writing a first record (experiment 3.1, ConfigMap and Secret) sees on the page, on the
/// index and in the report: every command has its prompt, labels say what they mean, and the punctuation
/// is the report's language's.
/// </summary>
public sealed class FirstRecordRenderingTests
{
    private const string Record = """
        id: "2.9"
        slug: configmap
        chapter: 2
        title: {zh: ConfigMap 与 Secret, en: ConfigMap and Secret}
        date: 2026-03-01
        objectives:
          - {text: {zh: 创建 ConfigMap, en: Create a ConfigMap}, done: true}
          - {text: {zh: 挂载 Secret, en: Mount a Secret}, done: false}
        environment:
          - kubectl version
          - run: kubectl get nodes
            output: |
              NAME     STATUS   ROLES
              node-1   Ready    control-plane
          - kubectl get ns
          - comment:
              zh: |-
                创建配置
                  （两行注释）
              en: |-
                Create the configuration
                  (a comment of two lines)
            run: |-
              kubectl create configmap demo \
                --from-literal=mode=lab
          - |-
            cat <<EOF | kubectl apply -f -
            apiVersion: v1
            EOF
        learnings:
          concepts:
            - name: ConfigMap
              definition: {zh: 非机密配置, en: Configuration that is not secret}
        summary:
          one_line: {zh: 配置与密钥, en: Configuration and secrets}
        """;

    private static readonly Lazy<SortedDictionary<string, byte[]>> Site = new(() =>
    {
        using var workspace = Workspace.OfRepository();
        workspace.Write("content/experiments/02-controllers/2.9-configmap.yaml", Record);
        return Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root).Files;
    });

    private static string File(string path) => System.Text.Encoding.UTF8.GetString(Site.Value[path]);

    [Fact]
    public void EveryCommand_HasItsPrompt_AndBlankLinesComeOnlyAfterOutputAndBeforeAComment()
    {
        const string session = """
            ```bash
            $ kubectl version
            $ kubectl get nodes
            NAME     STATUS   ROLES
            node-1   Ready    control-plane

            $ kubectl get ns

            # Create the configuration
            #   (a comment of two lines)
            $ kubectl create configmap demo \
            >   --from-literal=mode=lab
            $ cat <<EOF | kubectl apply -f -
            > apiVersion: v1
            > EOF
            ```
            """;

        Assert.Contains(session, File("en/02-controllers/2.9-configmap/report.md"), StringComparison.Ordinal);
        var code = new HtmlParser().ParseDocument(File("en/02-controllers/2.9-configmap/index.html")).QuerySelector("#info pre.commands code")!;
        Assert.Equal(session.Split('\n')[1..^1], code.TextContent.Split('\n'));
        Assert.All(code.QuerySelectorAll(".prompt"), prompt => Assert.Equal("true", prompt.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void TheIndexCard_SaysHowManyObjectivesAreDone_WithoutRepeatingTheNoun()
    {
        Assert.Equal("1 of 2 done", Meta(Card("en"), "Objectives"));
        Assert.Equal("已完成 1/2", Meta(Card("zh"), "实验目标"));
    }

    [Fact]
    public void TheUntranslatedMark_OfACard_IsAboutThePassages_NotBesideTheReportLink()
    {
        var untranslated = Workspace.OfRepository();
        using (untranslated)
        {
            untranslated.Write("content/experiments/02-controllers/2.9-configmap.yaml",
                Record.Replace("{zh: 配置与密钥, en: Configuration and secrets}", "配置与密钥", StringComparison.Ordinal));
            var files = Builds.InMemory(untranslated.Content, untranslated.Templates, untranslated.Root).Files;
            var index = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(files["en/index.html"]));
            var card = index.QuerySelectorAll(".experiment-card").Single(c => c.TextContent.Contains("2.9", StringComparison.Ordinal));

            Assert.Empty(card.QuerySelectorAll(".card-links .badge"));
            Assert.Equal("1", Meta(card, "Untranslated passages"));
        }
    }

    [Fact]
    public void TheReport_UsesItsOwnLanguagesColon()
    {
        Assert.Contains("- Definition: Configuration that is not secret", File("en/02-controllers/2.9-configmap/report.md"), StringComparison.Ordinal);
        Assert.DoesNotContain('：', File("en/02-controllers/2.9-configmap/report.md"));
        Assert.Contains("- 定义：非机密配置", File("zh/02-controllers/2.9-configmap/report.md"), StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IElement Card(string language) =>
        new HtmlParser().ParseDocument(File($"{language}/index.html"))
            .QuerySelectorAll(".experiment-card").Single(c => c.TextContent.Contains("2.9", StringComparison.Ordinal));

    /// <summary>The value a card's metadata gives under a label.</summary>
    private static string Meta(AngleSharp.Dom.IElement card, string label) =>
        card.QuerySelectorAll("dl.meta div").Single(d => d.QuerySelector("dt")!.TextContent == label).QuerySelector("dd")!.TextContent;
}
