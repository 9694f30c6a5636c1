using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Checking;

/// <summary>
/// The site's own text in site.yaml: a tagline, a footer and tag names, each text per language. Written right,
/// they are read as given; written wrong, each mistake is told at its line and column.
/// </summary>
public sealed class SiteTextConfigTests
{
    private const string Languages = """
        title: {zh: 站点, en: Site}
        languages:
          - {code: zh, locale: zh-CN, name: 中文}
          - {code: en, name: English}
        default_language: zh
        chapters:
          - {number: 3, slug: config, title: {zh: 配置, en: Config}}

        """;

    private const string Record = """
        id: "3.1"
        slug: configmap
        chapter: 3
        title: {zh: 配置, en: Config}
        date: 2026-01-01
        tags: [configmap, volume]
        summary:
          one_line: {zh: 一, en: one}
        """;

    private static CheckedContent Check(string siteText)
    {
        using var content = new ContentFolder(Languages + siteText).Add("3.1-configmap.yaml", Record);
        return new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
    }

    private static string Report(CheckedContent result) => string.Join("\n", result.Diagnostics.Items.Select(DiagnosticFormatter.Format));

    [Fact]
    public void ATaglineAFooterAndTagNames_AreReadPerLanguage()
    {
        var result = Check("""
            tagline: {zh: 动手做过的实验, en: Experiments I ran}
            footer: {zh: "以 [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) 发布", en: "Licensed [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)"}
            tags:
              configmap: {zh: 配置映射, en: ConfigMap}
              volume: Volume
            """);

        Assert.Equal("", Report(result));
        var config = result.Config!;
        Assert.Equal("动手做过的实验", config.Tagline!.Resolve("zh", []).Text);
        Assert.Equal("Licensed [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)", config.Footer!.Resolve("en", []).Text);
        Assert.Equal(["configmap", "volume"], config.Tags.Keys);
        Assert.Equal("配置映射", config.Tags["configmap"].Resolve("zh", []).Text);
        Assert.True(config.Tags["volume"].IsNeutral);
    }

    [Fact]
    public void WithoutThem_TheSiteHasNoTaglineNoFooterAndNoTagNames()
    {
        var result = Check("");

        Assert.Null(result.Config!.Tagline);
        Assert.Null(result.Config.Footer);
        Assert.Empty(result.Config.Tags);
    }

    [Fact]
    public void TagsWrittenAsAList_IsAnError_AtTheList()
    {
        var result = Check("""
            tags:
              - configmap
            """);

        Assert.Null(result.Config);
        Assert.Equal(
            """
            site.yaml(9,3): error SG0102: 'tags' at the top level of the file must be a mapping of names to values (name: value), but it is a list.
              9 |   - configmap
                |   ^
            """,
            Report(result));
    }

    [Fact]
    public void ATagNameThatIsAList_IsAnError_AtTheName()
    {
        var result = Check("""
            tags:
              configmap: [配置映射, ConfigMap]
            """);

        Assert.Null(result.Config);
        Assert.Equal(
            """
            site.yaml(9,14): error SG0102: 'configmap' in tags must be text, or a map of languages to text (zh: ..., en: ...), but it is a list.
              9 |   configmap: [配置映射, ConfigMap]
                |              ^
            """,
            Report(result));
    }

    [Fact]
    public void AnEmptyTagName_IsAnError_AtTheName()
    {
        var result = Check("""
            tags:
              configmap:
            """);

        Assert.Null(result.Config);
        Assert.StartsWith("site.yaml(9,13): error SG0103: 'configmap' in 'tags' at the top level of the file is empty; give it a value or remove it.", Report(result), StringComparison.Ordinal);
    }

    [Fact]
    public void AFooterThatIsAMappingOfSomethingElse_IsAnError_AtTheFooter()
    {
        var result = Check("""
            footer:
              - Built by me
            """);

        Assert.Null(result.Config);
        Assert.StartsWith("site.yaml(9,3): error SG0102: 'footer' at the top level of the file must be text, or a map of languages to text", Report(result), StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageTheSiteDoesNotHave_InTheTaglineOrATagName_IsAnError_AtTheText()
    {
        var result = Check("""
            tagline: {zh: 实验, fr: Expériences}
            tags:
              volume: {zh: 卷, de: Volumen}
            """);

        Assert.Null(result.Config);
        Assert.Equal(
            """
            site.yaml(8,10): error SG0106: The language 'fr' in tagline is not listed under 'languages'; add it there or remove it here.
              8 | tagline: {zh: 实验, fr: Expériences}
                |          ^
            site.yaml(10,11): error SG0106: The language 'de' in the name of tag 'volume' is not listed under 'languages'; add it there or remove it here.
              10 |   volume: {zh: 卷, de: Volumen}
                 |           ^
            """,
            Report(result));
    }

    [Fact]
    public void ANameForATagNoRecordHas_IsAWarning_AtTheTag_WithTheNearestTagTheRecordsHave()
    {
        var result = Check("""
            tags:
              configmaps: {zh: 配置映射, en: ConfigMap}
              secret: {zh: 密钥, en: Secret}
            """);

        Assert.NotNull(result.Config);
        Assert.Equal(
            """
            site.yaml(9,3): warning SG0303: No record has the tag 'configmaps', so its name under 'tags' is never shown. Did you mean 'configmap'?
              9 |   configmaps: {zh: 配置映射, en: ConfigMap}
                |   ^
            site.yaml(10,3): warning SG0303: No record has the tag 'secret', so its name under 'tags' is never shown. Fix the tag, or remove its name.
              10 |   secret: {zh: 密钥, en: Secret}
                 |   ^
            """,
            Report(result));
    }

    [Fact]
    public void ANameForATagWrittenWithOtherCapitals_NamesThatTag()
    {
        var result = Check("""
            tags:
              ConfigMap: {zh: 配置映射, en: ConfigMap}
            """);

        Assert.Equal("", Report(result));
    }

    [Fact]
    public void TwoNamesForOneTagPage_AreAnError_AtTheSecond()
    {
        var result = Check("""
            tags:
              configmap: {zh: 配置映射, en: ConfigMap}
              ConfigMap: {zh: 配置, en: Config map}
            """);

        Assert.Null(result.Config);
        Assert.Equal(
            """
            site.yaml(10,3): error SG0302: 'configmap' and 'ConfigMap' under 'tags' name the same tag (its page is tags/configmap/); keep one of them.
              10 |   ConfigMap: {zh: 配置, en: Config map}
                 |   ^
            """,
            Report(result));
    }

    [Fact]
    public void ATextMissingALanguage_IsAWarning_LikeAnyOtherUntranslatedSiteText()
    {
        var result = Check("""
            footer: {zh: 我的笔记}
            tags:
              volume: {zh: 卷}
            """);

        Assert.NotNull(result.Config);
        var warnings = result.Diagnostics.Items.Where(d => d.Code == DiagnosticCodes.MissingTranslation).ToList();
        Assert.Equal([("footer", "en", 8), ("tags.volume", "en", 10)], warnings.Select(w => (w.Field, w.Language, w.Span.Line)));
        Assert.Contains("en pages show the zh text marked as not yet translated", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkInTheFooterThatIsNotAFullUrl_IsAWarning_AtTheFooter()
    {
        var result = Check("""
            footer:
              zh: "[关于](about/) · [许可](https://creativecommons.org/licenses/by/4.0/) · [邮件](mailto:me@example.org)"
              en: "[About](/about/) · [top](#main)"
            """);

        Assert.NotNull(result.Config);
        Assert.Equal(
            """
            site.yaml(9,3): warning SG0304: The footer links to 'about/', which does not lead to one place from every page (pages sit at different depths, and a site may be published under a sub-path); write it as a full URL (https://…).
              9 |   zh: "[关于](about/) · [许可](https://creativecommons.org/licenses/by/4.0/) · [邮件](mailto:me@example.org)"
                |   ^
            site.yaml(9,3): warning SG0304: The footer links to '/about/', which does not lead to one place from every page (pages sit at different depths, and a site may be published under a sub-path); write it as a full URL (https://…).
              9 |   zh: "[关于](about/) · [许可](https://creativecommons.org/licenses/by/4.0/) · [邮件](mailto:me@example.org)"
                |   ^
            """,
            Report(result));
    }
}
