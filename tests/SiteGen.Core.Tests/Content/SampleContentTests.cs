using System.Collections;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Testing;
using SiteGen.Validation;

namespace SiteGen.Core.Tests.Content;

/// <summary>The sample content in <c>content/</c> is what the README builds: it must load cleanly and be complete.</summary>
public sealed class SampleContentTests
{
    private static readonly ContentSet Sample = ContentLoader.Load(RepositoryPaths.Content);

    [Fact]
    public void LoadsWithoutAnyDiagnostic()
    {
        Assert.Empty(Sample.Diagnostics);
        Assert.Equal(["2.1", "2.2", "4.1"], Sample.Records.Select(r => r.Record.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Record21_FillsEverySectionOfTheReferenceRecord()
    {
        var record = Sample.Records.Single(r => r.Record.Id == "2.1").Record;

        var empty = typeof(LabRecord).GetProperties()
            .Where(p => p.Name != nameof(LabRecord.Span))
            .Where(p => IsEmpty(p.GetValue(record)))
            .Select(p => p.Name);

        Assert.Empty(empty);
    }

    [Fact]
    public void Record21_ResultsLearningsExplorationAndNextSteps_HaveEveryPart()
    {
        var record = Sample.Records.Single(r => r.Record.Id == "2.1").Record;

        Assert.All(
            new object?[] { record.Results, record.Learnings, record.Exploration, record.NextSteps, record.Cleanup, record.Summary, record.SelfAssessment },
            section => Assert.Empty(section!.GetType().GetProperties().Where(p => IsEmpty(p.GetValue(section))).Select(p => p.Name)));
    }

    [Theory]
    [InlineData("2.1")]
    [InlineData("2.2")]
    [InlineData("4.1")]
    public void EveryProseField_IsWrittenInChineseAndEnglish(string id)
    {
        var record = Sample.Records.Single(r => r.Record.Id == id).Record;

        var fields = TranslationCoverage.Fields(record);
        var untranslated = fields
            .Where(f => !f.Text.Has("zh") || !f.Text.Has("en"))
            .Select(f => $"{f.Path} at {f.Text.Span}");

        Assert.True(fields.Count > 20, $"only {fields.Count} prose fields found");
        Assert.Empty(untranslated);
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        ICollection c => c.Count == 0,
        _ => false,
    };
}
