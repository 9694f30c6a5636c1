using System.Collections;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Scaffolding;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Scaffolding;

/// <summary>
/// The skeleton of a new record: the required fields filled in, every other section a commented example
/// that, uncommented, is a valid part of a record. Model and examples cannot drift apart: a field added to the
/// model and missing from the examples fails <see cref="EveryExampleUncommented_FillsEveryFieldOfTheModel"/>.
/// </summary>
public sealed class RecordSkeletonTests
{
    private static readonly NewRecord Record = new(
        "/content/experiments/02-controllers/2.3-daemonset-one-pod-per-node.yaml",
        "content/experiments/02-controllers/2.3-daemonset-one-pod-per-node.yaml",
        "2.3",
        "daemonset-one-pod-per-node",
        2,
        "02-controllers",
        "DaemonSet: one pod per node",
        new DateOnly(2026, 1, 15),
        "../../schema/lab-record.schema.json");

    [Fact]
    public void Skeleton_IsAsPinned()
    {
        Snapshot.Verify(RecordSkeleton.Text(Record), extension: "yaml");
    }

    [Fact]
    public void FirstLine_PointsYamlEditorsAtTheSchema()
    {
        Assert.StartsWith("# yaml-language-server: $schema=../../schema/lab-record.schema.json\n", RecordSkeleton.Text(Record), StringComparison.Ordinal);
    }

    [Fact]
    public void AsWritten_IsARecordWithTheRequiredFieldsOnly()
    {
        var record = Load(RecordSkeleton.Text(Record));

        Assert.Equal(("2.3", "daemonset-one-pod-per-node", 2), (record.Id, record.Slug, record.Chapter));
        Assert.Equal("DaemonSet: one pod per node", record.Title.Neutral);
        Assert.Equal(new DateOnly(2026, 1, 15), record.Date);
        Assert.True(record.Summary.OneLine.Has("zh") && record.Summary.OneLine.Has("en"));
        Assert.Empty(record.Steps);
        Assert.Null(record.Results);
    }

    [Theory]
    [InlineData("Quotes \"and\" back\\slashes: # not a comment")]
    [InlineData("- [looks] like {YAML} & *so* on: yes")]
    [InlineData("DaemonSet 守护进程 🚀")]
    public void TheTitle_ReadsBackExactlyAsGiven(string title)
    {
        var record = Load(RecordSkeleton.Text(Record with { Title = title }));

        // A Chinese title is read as Chinese text (English pages mark it untranslated); the text is as given.
        Assert.Equal(title, record.Title.Resolve("zh", ["en"]).Text);
    }

    [Fact]
    public void EveryExampleUncommented_FillsEveryFieldOfTheModel()
    {
        var record = Load(SkeletonExamples.Uncomment(RecordSkeleton.Text(Record)));
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var filled = new SortedSet<string>(StringComparer.Ordinal);

        Walk(record, fields, filled);

        Assert.Empty(fields.Except(filled));
        Assert.Contains("Step.ExtraOutput", filled);
    }

    private static LabRecord Load(string text)
    {
        var diagnostics = new DiagnosticBag();
        var (record, _, _) = RecordLoader.Load(System.Text.Encoding.UTF8.GetBytes(text), Record.DisplayPath, ["zh", "en"], diagnostics);
        Assert.Empty(diagnostics.Select(DiagnosticFormatter.Format));
        return record!;
    }

    /// <summary>Every property of every model type reached from <paramref name="value"/>, and those written somewhere.</summary>
    private static void Walk(object value, ISet<string> fields, ISet<string> filled)
    {
        foreach (var property in value.GetType().GetProperties().Where(p => p.Name != nameof(LabRecord.Span)))
        {
            var name = $"{value.GetType().Name}.{property.Name}";
            var field = property.GetValue(value);
            fields.Add(name);
            if (field is null or "" or ICollection { Count: 0 })
            {
                continue;
            }

            filled.Add(name);
            foreach (var item in field is IEnumerable and not string ? ((IEnumerable)field).Cast<object>() : [field])
            {
                if (item.GetType() is { IsClass: true, Namespace: "SiteGen.Model" } type && type != typeof(Localized))
                {
                    Walk(item, fields, filled);
                }
            }
        }
    }
}
