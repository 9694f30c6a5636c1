using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.FirstRecord;

/// <summary>
/// A record written Chinese-first has a missing English text in every field: by default that is one line
/// per file and language, naming the first fields; each one is still counted, and can be listed in full.
/// </summary>
public sealed class ReadableTranslationWarningsTests
{
    private static CheckedContent ChineseFirst(ContentFolder content)
    {
        content.Add("3.1-configmap.yaml", """
            id: "3.1"
            slug: configmap
            chapter: 3
            title: ConfigMap 与 Secret
            date: 2026-01-01
            objectives:
              - {text: 创建 ConfigMap, done: true}
              - {text: 挂载 Secret, done: false}
            summary:
              one_line: 配置与密钥
              detailed: 把配置从镜像中分离出来
            """);
        return new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
    }

    private static ContentFolder Site() => new(ContentFolder.BilingualSite);

    [Fact]
    public void TheMissingTranslationsOfAFile_AreOneLinePerLanguage_NamingTheFirstFields_AndEachIsCounted()
    {
        using var content = Site();
        var checkedContent = ChineseFirst(content);

        Assert.Equal(
            """
            experiments/3.1-configmap.yaml(4,8): warning SG0501: 5 fields have no en text yet ('title', 'objectives[1].text', 'objectives[2].text' and 2 more), so en pages show them marked as not yet translated; add the en text under 'en:' in each (--verbose lists every one).
            2 files checked: 0 errors, 5 warnings.

            """,
            DiagnosticFormatter.Report(checkedContent.Diagnostics, checkedContent.FilesRead, groupTranslations: true));
    }

    [Fact]
    public void InFull_EachMissingTranslationHasItsOwnLine()
    {
        using var content = Site();
        var checkedContent = ChineseFirst(content);

        var full = DiagnosticFormatter.Report(checkedContent.Diagnostics, checkedContent.FilesRead);

        Assert.Equal(5, full.Split('\n').Count(l => l.Contains("warning SG0501: '", StringComparison.Ordinal)));
        Assert.Contains("(11,13): warning SG0501: 'summary.detailed' has no English (en) text yet", full, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingTranslationThatIsAnError_IsNeverFoldedIntoALine()
    {
        using var content = Site();
        File.WriteAllText(Path.Combine(content.Root, "site.yaml"),
            File.ReadAllText(Path.Combine(content.Root, "site.yaml")).Replace("name: English}", "name: English, require_translation: 100}", StringComparison.Ordinal));
        var checkedContent = ChineseFirst(content);

        var report = DiagnosticFormatter.Report(checkedContent.Diagnostics, checkedContent.FilesRead, groupTranslations: true);

        Assert.Equal(5, report.Split('\n').Count(l => l.Contains("error SG0501: '", StringComparison.Ordinal)));
    }
}
