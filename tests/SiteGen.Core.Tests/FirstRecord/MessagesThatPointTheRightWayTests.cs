using SiteGen.Checking;
using SiteGen.Core.Tests.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.FirstRecord;

/// <summary>The mistakes a first-time author makes, each answered with what to write instead.</summary>
public sealed class MessagesThatPointTheRightWayTests
{
    private const string Site = ContentFolder.BilingualSite;

    private static string Check(ContentFolder content)
    {
        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
        return string.Join("\n", checkedContent.Diagnostics.Where(d => d.IsError).Select(DiagnosticFormatter.Format));
    }

    [Fact]
    public void AnObjectiveWrittenAsPlainText_IsToldItNeedsTextAndDone_WithItsOwnWords()
    {
        using var content = new ContentFolder(Site).Add("3.1-configmap.yaml", """
            id: "3.1"
            slug: configmap
            chapter: 3
            title: {zh: 配置, en: Config}
            date: 2026-01-01
            objectives:
              - 创建 ConfigMap 并挂载
            summary:
              one_line: {zh: 一, en: one}
            """);

        Assert.Equal(
            """
            experiments/3.1-configmap.yaml(7,5): error SG0102: 'objectives[1]' at the top level of the file must be a mapping of keys to values, but it is '创建 ConfigMap 并挂载'. It needs 'text' and may also have 'done', 'in_progress', 'shortfall' and 'outcome': write it as {text: 创建 ConfigMap 并挂载, done: false}.
              7 |   - 创建 ConfigMap 并挂载
                |     ^
            """,
            Check(content));
    }

    [Fact]
    public void ACommaInsideABraceMap_IsToldToQuoteTheText()
    {
        using var content = new ContentFolder(Site).Add("3.1-configmap.yaml", """
            id: "3.1"
            slug: configmap
            chapter: 3
            title: {zh: 配置, en: Files, flags}
            date: 2026-01-01
            summary:
              one_line: {zh: 一, en: one}
            """);

        Assert.Equal(
            """
            experiments/3.1-configmap.yaml(4,28): error SG0106: 'flags' in 'title' at the top level of the file is read as a language because a comma inside {…} ends the text before it; quote text that holds a comma: en: "Files, flags".
              4 | title: {zh: 配置, en: Files, flags}
                |                              ^
            """,
            Check(content));
    }

    [Fact]
    public void LanguagesWrittenAsCodes_AreToldTheKeysALanguageNeeds()
    {
        using var content = new ContentFolder("title: Site\nlanguages: [zh, en]\ndefault_language: zh\n");

        var errors = Check(content);

        Assert.Contains("'languages[1]' at the top level of the file must be a mapping of keys to values, but it is 'zh'. It needs 'code' and 'name' and may also have 'locale' and 'require_translation': write it as {code: zh, name: …}.", errors, StringComparison.Ordinal);
        Assert.Contains("write it as {code: en, name: …}.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptySiteYaml_IsShownWhatASiteYamlHolds_AndTheExampleChecks()
    {
        using var content = new ContentFolder("");

        var error = Check(content);

        Assert.StartsWith("site.yaml: error SG0002: The file is empty; site.yaml needs the site's title, its languages and the default one, such as:\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain("lab record", error, StringComparison.Ordinal);
        using var fixedContent = new ContentFolder(string.Join("\n", error.Split('\n').Skip(1).Select(l => l[4..])));
        Assert.Equal("", Check(fixedContent));
    }

    [Fact]
    public void AMisspeltUiString_SuggestsTheExistingKey()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("templates/html/_Layout.cshtml", "Ui[\"skip_to_content\"]", "Ui[\"skip_to_contnt\"]");

        var (_, report) = Builds.Run(workspace);

        Assert.Contains("There is no UI string 'skip_to_contnt' in templates/i18n/", report, StringComparison.Ordinal);
        Assert.Contains(". Did you mean 'skip_to_content'? If 'skip_to_contnt' is a new string, add it to every language's file.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltPageModelMember_SuggestsTheMember()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("templates/html/Index.cshtml", "Model.SiteTitle", "Model.SiteTitel");

        var (_, report) = Builds.Run(workspace);

        Assert.Contains("templates/html/Index.cshtml(7,17): error SG0401: The template does not compile: 'IndexPage' has no member 'SiteTitel'. Did you mean 'SiteTitle'?", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberNothingLike_ListsTheMembersOfThePageModel()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("templates/html/Index.cshtml", "Model.SiteTitle", "Model.Xyzzy");

        var (_, report) = Builds.Run(workspace);

        Assert.Matches(@"'IndexPage' has no member 'Xyzzy'\. Its members are [A-Za-z, ]*\bChapters\b[A-Za-z, ]*\bSiteTitle\b", report);
    }
}
