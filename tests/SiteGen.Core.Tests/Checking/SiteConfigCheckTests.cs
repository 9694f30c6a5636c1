using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Checking;

/// <summary>site.yaml is checked against itself before any record: a site that does not add up is an error at its line.</summary>
public sealed class SiteConfigCheckTests
{
    [Fact]
    public void ADefaultLanguageThatIsNotASiteLanguage_IsAnError()
    {
        using var content = new ContentFolder("""
            title: {zh: 站点, en: Site}
            languages:
              - {code: zh, locale: zh-CN, name: 中文}
              - {code: en, name: English}
            default_language: fr
            chapters:
              - {number: 1, slug: basics, title: {zh: 基础, en: Basics}}
            """);

        var result = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

        Assert.Null(result.Config);
        Assert.Equal(
            """
            site.yaml(5,19): error SG0302: The default language 'fr' is not one of the languages (zh, en); pick one of them.
              5 | default_language: fr
                |                   ^
            1 file checked: 1 error, 0 warnings.

            """,
            DiagnosticFormatter.Report(result.Diagnostics.Items, result.FilesRead));
    }
}
