using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Scaffolding;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Scaffolding;

/// <summary>
/// Where <c>sitegen new</c> puts a record and what it names it, read from the content as <c>check</c> reads
/// it (the test site declares chapters 1, basics, and 2, controllers).
/// </summary>
public sealed class RecordScaffolderTests
{
    private static readonly DateOnly Day = new(2026, 1, 15);

    [Fact]
    public void InAChapterWithoutRecords_TheRecordIsItsFirst_InTheChaptersFolder()
    {
        using var content = TestPaths.TestContent();

        var record = Planned(content, new NewRecordRequest(1, "First steps", null, Day));

        Assert.Equal("1.1", record.Id);
        Assert.Equal("first-steps", record.Slug);
        Assert.Equal("experiments/01-basics/1.1-first-steps.yaml", record.DisplayPath);
        Assert.Equal("../../schema/lab-record.schema.json", record.SchemaPath);
    }

    [Fact]
    public void EveryIdOfTheChapterCounts_WhereverItsFileIs_AndEvenWhenTheFileDoesNotParse()
    {
        using var content = TestPaths.TestContent()
            .Add("2.1-first.yaml", Valid("2.1", "first"))
            .Add("2.4-broken.yaml", "id: [unclosed\n")
            .Add("1.9-other-chapter.yaml", Valid("1.9", "other", chapter: 1));

        var record = Planned(content, new NewRecordRequest(2, "Next", null, Day));

        Assert.Equal("2.5", record.Id);
        Assert.Equal("experiments/02-controllers/2.5-next.yaml", record.DisplayPath);
    }

    [Fact]
    public void ARecordWhoseFileNameSaysAnotherId_TakesBothIds()
    {
        using var content = TestPaths.TestContent().Add("2.7-old-name.yaml", Valid("2.2", "old-name"));

        Assert.Equal("2.8", Planned(content, new NewRecordRequest(2, "Next", null, Day)).Id);
    }

    [Fact]
    public void ASlugFromTheTitleThatTheChapterHas_GetsTheFirstFreeNumber()
    {
        using var content = TestPaths.TestContent()
            .Add("2.1-first.yaml", Valid("2.1", "first"))
            .Add("2.2-first-2.yaml", Valid("2.2", "first-2"))
            .Add("1.1-second.yaml", Valid("1.1", "second", chapter: 1));

        Assert.Equal("first-3", Planned(content, new NewRecordRequest(2, "First", null, Day)).Slug);
        Assert.Equal("second", Planned(content, new NewRecordRequest(2, "Second", null, Day)).Slug);
    }

    [Fact]
    public void AGivenSlugThatTheChapterHas_IsRefusedAtTheRecordThatHasIt()
    {
        using var content = TestPaths.TestContent().Add("2.1-first.yaml", Valid("2.1", "first"));

        var plan = RecordScaffolder.Plan(content.Root, new NewRecordRequest(2, "Another first", "first", Day), new PathDisplay(content.Root));

        Assert.Null(plan.Record);
        Assert.Equal(
            """
            experiments/2.1-first.yaml(2,7): error SG0204: The slug 'first' is already used in chapter 2 by experiments/2.1-first.yaml; pick another with --slug.
              2 | slug: first
                |       ^
            """,
            Assert.Single(plan.Diagnostics.Select(DiagnosticFormatter.Format)));
    }

    [Fact]
    public void AChapterSiteYamlDoesNotDeclare_IsRefused_ListingTheDeclaredOnes()
    {
        using var content = TestPaths.TestContent();

        var plan = RecordScaffolder.Plan(content.Root, new NewRecordRequest(3, "Storage", null, Day), new PathDisplay(content.Root));

        Assert.Null(plan.Record);
        Assert.Equal(
            "site.yaml: error SG0203: Chapter 3 is not declared in site.yaml (chapters: 1, 2); use one of those, or add it under 'chapters:' there.",
            Assert.Single(plan.Diagnostics.Select(DiagnosticFormatter.Format)));
    }

    [Fact]
    public void ABrokenSiteYaml_IsRefusedWithItsErrors()
    {
        using var content = new ContentFolder("title: Site\nlanguages: []\ndefault_language: zh\n");

        var plan = RecordScaffolder.Plan(content.Root, new NewRecordRequest(1, "First", null, Day), new PathDisplay(content.Root));

        Assert.Null(plan.Record);
        Assert.NotEmpty(plan.Diagnostics);
        Assert.All(plan.Diagnostics, d => Assert.Equal("site.yaml", d.Span.File));
    }

    [Fact]
    public void Create_WritesARecordThatChecksWithoutAnyDiagnostic()
    {
        using var content = TestPaths.TestContent().Add("2.1-first.yaml", Valid("2.1", "first"));
        var record = Planned(content, new NewRecordRequest(2, "DaemonSet: one pod per node", null, Day));

        Assert.Empty(RecordScaffolder.Create(record));

        var check = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
        Assert.Empty(check.Diagnostics.Select(DiagnosticFormatter.Format));
        Assert.Equal(["2.1", "2.2"], check.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_NeverOverwritesAFile()
    {
        using var content = TestPaths.TestContent();
        var record = Planned(content, new NewRecordRequest(2, "Race", null, Day));
        Directory.CreateDirectory(Path.GetDirectoryName(record.Path)!);
        File.WriteAllText(record.Path, "written meanwhile\n");

        var problems = RecordScaffolder.Create(record);

        Assert.Equal(DiagnosticCodes.RecordExists, Assert.Single(problems).Code);
        Assert.Equal("written meanwhile\n", File.ReadAllText(record.Path));
    }

    private static NewRecord Planned(ContentFolder content, NewRecordRequest request)
    {
        var plan = RecordScaffolder.Plan(content.Root, request, new PathDisplay(content.Root));
        Assert.Empty(plan.Diagnostics);
        return plan.Record!;
    }

    private static string Valid(string id, string slug, int chapter = 2) => $$"""
        id: "{{id}}"
        slug: {{slug}}
        chapter: {{chapter}}
        title: {zh: 标题, en: Title}
        date: 2026-01-01
        summary:
          one_line: {zh: 完成, en: Done}
        """;
}
