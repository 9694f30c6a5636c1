using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;
using SiteGen.Validation;

namespace SiteGen.Core.Tests.Validation;

/// <summary>
/// A language required by site.yaml or the command line and translated less than required fails the check:
/// its missing translations become errors and one more error names the shortfall.
/// </summary>
public sealed class TranslationGateTests
{
    private const string Languages = """
        title: {zh: 站点, en: Site}
        default_language: zh
        chapters:
          - {number: 1, slug: basics, title: {zh: 基础, en: Basics}}
        languages:
          - {code: zh, locale: zh-CN, name: 中文}
        """;

    /// <summary>The minimal record of the issue: its title and summary are Chinese only.</summary>
    private const string Minimal = """
        id: "1.1"
        slug: minimal
        chapter: 1
        title: 最小记录
        date: 2026-01-01
        summary:
          one_line: 只有必填字段
        """;

    private const string Translated = """
        id: "1.2"
        slug: translated
        chapter: 1
        title: {zh: 已翻译, en: Translated}
        date: 2026-01-01
        summary:
          one_line: {zh: 两种语言都有, en: Both languages}
        """;

    private static ContentFolder Site(string english) =>
        new ContentFolder(Languages + "\n  - {code: en, name: English" + english + "}\n")
            .Add("1.1-minimal.yaml", Minimal)
            .Add("1.2-translated.yaml", Translated);

    private static string Report(CheckedContent content) =>
        DiagnosticFormatter.Report(content.Diagnostics.Items, content.FilesRead) + TranslationSummary.Format(content.Coverage);

    [Fact]
    public void ALanguageBelowWhatSiteYamlRequires_FailsTheCheck_WithItsMissingTranslationsAsErrors_AndTheShortfallNamed()
    {
        using var content = Site(", require_translation: 100");

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

        Assert.True(checkedContent.HasErrors);
        Assert.Equal(
            """
            experiments/1.1-minimal.yaml(4,8): error SG0501: 'title' has no English (en) text yet, so en pages show the zh text marked as not yet translated; add the en text under 'en:'.
              4 | title: 最小记录
                |        ^
            experiments/1.1-minimal.yaml(7,13): error SG0501: 'summary.one_line' has no English (en) text yet, so en pages show the zh text marked as not yet translated; add the en text under 'en:'.
              7 |   one_line: 只有必填字段
                |             ^
            site.yaml(7,52): error SG0502: English (en) is 66.6% translated (4 of 6 prose fields), below the 100% that require_translation in site.yaml requires: translate 2 more fields (each missing translation into it is now an error SG0501), or lower the requirement.
              7 |   - {code: en, name: English, require_translation: 100}
                |                                                    ^
            3 files checked: 3 errors, 0 warnings.
            Translated into zh: 6 of 6 prose fields (100%).
            Translated into en: 4 of 6 prose fields (66.6%), below the 100% required: 2 more needed.
              Most untranslated: experiments/1.1-minimal.yaml (2).

            """,
            Report(checkedContent));
    }

    [Fact]
    public void ALanguageAtWhatIsRequired_Passes_AndItsMissingTranslationsStayWarnings()
    {
        using var content = Site(", require_translation: 66");

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

        Assert.False(checkedContent.HasErrors);
        Assert.Equal(2, checkedContent.Diagnostics.Count(d => d is { Code: DiagnosticCodes.MissingTranslation, IsError: false }));
        Assert.Contains("Translated into en: 4 of 6 prose fields (66.6%), 66% required.\n", Report(checkedContent), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandLine_OverridesSiteYaml_ForTheLanguagesItNames()
    {
        using var content = Site(", require_translation: 50");
        var requirements = TranslationRequirements.Parse(["en=80"], out _)!;

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root, requirements: requirements);

        var shortfall = Assert.Single(checkedContent.Diagnostics, d => d.Code == DiagnosticCodes.TranslationBelowRequired);
        Assert.Equal(
            "site.yaml: error SG0502: English (en) is 66.6% translated (4 of 6 prose fields), below the 80% that --require-translation en=80 requires: translate 1 more field (each missing translation into it is now an error SG0501), or lower the requirement.",
            DiagnosticFormatter.Format(shortfall));
    }

    [Fact]
    public void WithoutARequirement_NothingFails()
    {
        using var content = Site("");

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

        Assert.False(checkedContent.HasErrors);
        Assert.Contains("Translated into en: 4 of 6 prose fields (66.6%).\n", Report(checkedContent), StringComparison.Ordinal);
    }

    [Fact]
    public void ARequirementThatIsAdvisory_IsAWarning()
    {
        using var content = Site(", require_translation: 100");

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root, requirements: TranslationRequirements.Advisory);

        Assert.False(checkedContent.HasErrors);
        Assert.Contains(checkedContent.Diagnostics, d => d is { Code: DiagnosticCodes.TranslationBelowRequired, IsError: false });
    }

    [Fact]
    public void RequiringALanguageTheSiteDoesNotHave_IsAnError()
    {
        using var content = Site("");
        var requirements = TranslationRequirements.Parse(["fr"], out _)!;

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root, requirements: requirements);

        var error = Assert.Single(checkedContent.Diagnostics, d => d.IsError);
        Assert.Equal(
            "site.yaml: error SG0503: --require-translation names 'fr', which is not one of the site's languages (zh, en); name one of them.",
            DiagnosticFormatter.Format(error));
    }

    [Theory]
    [InlineData("en", 100)]
    [InlineData("en=0", 0)]
    [InlineData("en=90", 90)]
    public void ARequirement_IsALanguage_WithAWholePercent(string value, int percent)
    {
        var requirements = TranslationRequirements.Parse([value], out var error);

        Assert.Null(error);
        Assert.Equal(percent, requirements!.Overrides["en"]);
    }

    [Theory]
    [InlineData("en=101")]
    [InlineData("en=-1")]
    [InlineData("en=9.5")]
    [InlineData("en=")]
    [InlineData("EN")]
    [InlineData("=90")]
    public void ARequirementOfAnotherShape_IsRefused(string value)
    {
        Assert.Null(TranslationRequirements.Parse([value], out var error));
        Assert.StartsWith("--require-translation takes LANG or LANG=PERCENT", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummary_NeverRoundsAShortfallUpToTheRequirement()
    {
        var coverage = new LanguageCoverage("en", 9_999, 10_000, []) { Required = 100 };

        Assert.Equal("Translated into en: 9999 of 10000 prose fields (99.9%), below the 100% required: 1 more needed.\n", TranslationSummary.Format([coverage]));
    }

    [Fact]
    public void TheSummary_ListsTheRecordsWithTheMostUntranslatedFields_MostFirst()
    {
        using var content = Site("");
        content.Add("1.3-other.yaml", Minimal.Replace("1.1", "1.3", StringComparison.Ordinal).Replace("minimal", "other", StringComparison.Ordinal)
            .Replace("date:", "objectives:\n  - {text: 目标, done: true}\ndate:", StringComparison.Ordinal));

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

        Assert.Equal(
            [new UntranslatedRecord("experiments/1.3-other.yaml", "1.3", 3), new UntranslatedRecord("experiments/1.1-minimal.yaml", "1.1", 2)],
            checkedContent.Coverage.Single(c => c.Language == "en").MostUntranslated);
    }
}
