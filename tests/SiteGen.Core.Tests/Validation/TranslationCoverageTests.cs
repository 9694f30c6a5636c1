using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;
using SiteGen.Validation;

namespace SiteGen.Core.Tests.Validation;

/// <summary>Missing translations are found in records and in site.yaml alike, and counted per language.</summary>
public sealed class TranslationCoverageTests
{
    [Fact]
    public void UntranslatedFieldsOfSiteYamlAndRecords_AreWarnedAndCounted()
    {
        using var content = new ContentFolder("""
            title: {zh: 站点, en: Site}
            languages:
              - {code: zh, locale: zh-CN, name: 中文}
              - {code: en, name: English}
            default_language: zh
            chapters:
              - {number: 1, slug: basics, title: {zh: 基础}}
            """);
        content.Add("1.1-first.yaml", """
            id: "1.1"
            slug: first
            chapter: 1
            title: {en: First}
            date: 2026-01-01
            summary: {one_line: Done}
            """);

        var loaded = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
        var report = DiagnosticFormatter.Report(loaded.Diagnostics.Items, loaded.FilesRead);

        Assert.Equal(
            """
            experiments/1.1-first.yaml(4,8): warning SG0501: 'title' has no 中文 (zh) text yet, so zh pages show the en text marked as not yet translated; add the zh text under 'zh:'.
              4 | title: {en: First}
                |        ^
            site.yaml(7,38): warning SG0501: 'chapters[1].title' has no English (en) text yet, so en pages show the zh text marked as not yet translated; add the en text under 'en:'.
            2 files checked: 0 errors, 2 warnings.

            """,
            report);
        Assert.Equal(
            [new LanguageCoverage("zh", 3, 4, [new UntranslatedRecord("experiments/1.1-first.yaml", "1.1", 1)]), new LanguageCoverage("en", 3, 4, [])],
            loaded.Coverage);
    }
}
