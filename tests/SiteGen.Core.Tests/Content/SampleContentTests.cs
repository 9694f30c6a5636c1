using System.Collections;
using SiteGen.Checking;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Testing;
using SiteGen.Validation;

namespace SiteGen.Core.Tests.Content;

/// <summary>The sample content in <c>content/</c> is what the README builds: it must load cleanly and be complete.</summary>
public sealed class SampleContentTests
{
    private static readonly CheckedContent Sample = new ContentChecker(new PathDisplay(RepositoryPaths.Root)).Check(RepositoryPaths.Content);

    [Fact]
    public void ChecksWithoutAnyDiagnostic()
    {
        Assert.Empty(Sample.Diagnostics.Items);
        Assert.Equal(["2.1", "2.2", "4.1"], Sample.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(Sample.Records, r => Assert.True(r.IsValid));
    }

    /// <summary>Parts real notes have and the reference record has not: 4.1 shows them instead.</summary>
    private static readonly string[] BeyondTheReference = [nameof(LabRecord.ExtraSections), nameof(Cleanup.Note), nameof(Cleanup.StatusText)];

    [Fact]
    public void Record21_FillsEverySectionOfTheReferenceRecord()
    {
        var record = Record("2.1");

        var empty = typeof(LabRecord).GetProperties()
            .Where(p => p.Name != nameof(LabRecord.Span) && !BeyondTheReference.Contains(p.Name))
            .Where(p => IsEmpty(p.GetValue(record)))
            .Select(p => p.Name);

        Assert.Empty(empty);
    }

    [Fact]
    public void Record21_ResultsLearningsExplorationAndNextSteps_HaveEveryPart()
    {
        var record = Record("2.1");

        Assert.All(
            new object?[] { record.Results, record.Learnings, record.Exploration, record.NextSteps, record.Cleanup, record.Summary, record.SelfAssessment },
            section => Assert.Empty(section!.GetType().GetProperties().Where(p => !BeyondTheReference.Contains(p.Name) && IsEmpty(p.GetValue(section))).Select(p => p.Name)));
    }

    [Fact]
    public void Record41_ShowsWhatRealNotesHaveBeyondTheReference()
    {
        var record = Record("4.1");

        Assert.NotEmpty(record.ExtraSections);
        Assert.NotNull(record.Cleanup?.Note);
        Assert.Contains(record.Steps, s => s.Duration is not null);
        Assert.Contains(record.Objectives, o => o.InProgress || o.Shortfall is not null);
    }

    [Theory]
    [InlineData("2.1")]
    [InlineData("2.2")]
    [InlineData("4.1")]
    public void EveryProseField_IsWrittenInChineseAndEnglish(string id)
    {
        var record = Record(id);

        var fields = TranslationCoverage.Fields(record);
        var untranslated = fields
            .Where(f => !f.Text.Has("zh") || !f.Text.Has("en"))
            .Select(f => $"{f.Path} at {f.Text.Span}");

        Assert.True(fields.Count > 20, $"only {fields.Count} prose fields found");
        Assert.Empty(untranslated);
    }

    private static LabRecord Record(string id)
    {
        var entry = Sample.Records.Single(r => r.Id == id);
        var diagnostics = new SiteGen.Diagnostics.DiagnosticBag();
        var (record, _, _) = RecordLoader.Load(File.ReadAllBytes(entry.Path), entry.DisplayPath, ["zh", "en"], diagnostics);
        Assert.Empty(diagnostics);
        return record!;
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        ICollection c => c.Count == 0,
        _ => false,
    };
}
