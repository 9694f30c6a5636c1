using SiteGen.Core.Tests.Building;
using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Testing;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Importing;

/// <summary>
/// Property: for records generated at random (any mix of sections, prose with Markdown, Chinese punctuation,
/// symbols and emoji), the report SiteGen writes, imported again, renders the same report. Seeded, so a
/// failure names the record and repeats.
/// </summary>
public sealed class GeneratedRecordRoundTripTests(ITestOutputHelper output)
{
    private const int Records = 60;

    private static readonly string[] Words =
    [
        "部署 StatefulSet", "观察 Pod 的重启次数", "验证持久化存储", "**稳定的网络标识**", "`kubectl get pods -w`",
        "使用 _Headless_ Service", "延迟 <100ms", "比例 100%", "a: b 不是标签", "C# 与 F#", "[文档](https://kubernetes.io/docs/)",
        "路径 /var/lib/data_dir", "emoji 🚀 与 ⭐", "“引号”与『括号』", "Rolling update", "maxSurge=25%", "PV → PVC → Pod",
        "行内 `a|b` 代码", "一、二、三", "问号？感叹号！", "x * y", "1.5 小时", "[x] 不是任务", "目标 2: 也不是标签",
    ];

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void GeneratedRecords_ExportedAndImportedAgain_RenderTheSameReports(string language)
    {
        var random = new Random(20261127);
        using var source = Workspace.OfRepository();
        source.WithoutRecords();
        for (var i = 1; i <= Records; i++)
        {
            var record = Generate(random, i);
            source.Write($"content/experiments/02-controllers/2.{i}-{record.Slug}.yaml", RecordYaml.Write(record));
        }

        var (built, log, files) = Builds.InMemory(source.Content, source.Templates, source.Root);
        Assert.True(built.Succeeded, log);

        using var target = Workspace.OfRepository();
        target.WithoutRecords();
        var reports = files.Where(f => f.Key.StartsWith(language + "/02-controllers/", StringComparison.Ordinal) && f.Key.EndsWith("/report.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(Records, reports.Count);
        var notes = reports.Select((r, i) => { var path = target.PathOf($"notes/{i}.md"); target.Write($"notes/{i}.md", System.Text.Encoding.UTF8.GetString(r.Value)); return path; }).ToList();
        var (imported, refused) = NoteImporter.Import(target.Content, target.Templates, new ImportRequest(notes, null, language, null, false), new PathDisplay(target.Root));
        Assert.Empty(refused);
        Assert.All(imported, n => Assert.True(n.Succeeded, string.Join("\n", n.Diagnostics)));
        var (again, againLog, againFiles) = Builds.InMemory(target.Content, target.Templates, target.Root);
        Assert.True(again.Succeeded, againLog);

        // The imported record keeps the note's id; its slug comes from its title.
        byte[]? Back(string key) => againFiles.Where(f => f.Key.StartsWith(IdFolder(key), StringComparison.Ordinal) && f.Key.EndsWith("/report.md", StringComparison.Ordinal)).Select(f => f.Value).SingleOrDefault();
        var different = reports.Where(r => Back(r.Key) is not { } back
            || ReferenceImportTests.Normalized(System.Text.Encoding.UTF8.GetString(back)) != ReferenceImportTests.Normalized(System.Text.Encoding.UTF8.GetString(r.Value)))
            .Select(r => r.Key).ToList();
        output.WriteLine($"{reports.Count - different.Count} of {reports.Count} generated records come back the same");
        Assert.True(different.Count == 0, "Reports that changed on the way back: " + string.Join(", ", different)
            + "\n" + (different.Count > 0 ? Diff(reports.First(r => r.Key == different[0]).Value, Back(different[0])) : ""));
    }

    /// <summary><c>zh/02-controllers/2.1-</c> of <c>zh/02-controllers/2.1-generated-1/report.md</c>.</summary>
    private static string IdFolder(string key) => key[..(key.LastIndexOf('/', key.Length - "/report.md".Length - 1) + 1)] + key.Split('/')[2].Split('-')[0] + "-";

    private static string Diff(byte[] before, byte[]? after) =>
        string.Join("\n", DiffPlex.DiffBuilder.InlineDiffBuilder.Diff(
                ReferenceImportTests.Normalized(System.Text.Encoding.UTF8.GetString(before)),
                after is null ? "" : ReferenceImportTests.Normalized(System.Text.Encoding.UTF8.GetString(after))).Lines
            .Where(l => l.Type != DiffPlex.DiffBuilder.Model.ChangeType.Unchanged)
            .Take(12)
            .Select(l => (l.Type == DiffPlex.DiffBuilder.Model.ChangeType.Inserted ? "+ " : "- ") + l.Text));

    private static LabRecord Generate(Random random, int number)
    {
        string Phrase() => string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]));
        Localized Text() => Localized.Of(new Dictionary<string, string> { ["zh"] = Phrase(), ["en"] = Phrase() });
        Localized? Maybe() => random.Next(3) == 0 ? null : Text();
        bool Some() => random.Next(2) == 0;
        IReadOnlyList<T> Many<T>(Func<T> make, int max = 3) => [.. Enumerable.Range(0, random.Next(0, max + 1)).Select(_ => make())];
        Command Cmd() => new()
        {
            Comment = Maybe(),
            Run = random.Next(3) == 0 ? "kubectl get pods\nkubectl get svc" : "kubectl apply -f demo.yaml",
            Output = random.Next(2) == 0 ? "NAME   READY\nweb-0  1/1" : null,
        };
        CodeBlock Code() => new() { Text = Localized.Of("line one\n  line two"), Language = random.Next(2) == 0 ? null : "text" };
        var objectives = Many(() => new Objective { Text = Text(), Done = Some(), Outcome = Maybe() });

        return new LabRecord
        {
            Id = $"2.{number}",
            Slug = $"generated-{number}",
            Chapter = 2,
            Title = Text(),
            Date = new DateOnly(2024, 1, 1).AddDays(number),
            Duration = Some() ? new ExperimentDuration(90) : null,
            Author = Maybe(),
            CompletedAt = Some() ? new DateTime(2024, 2, 1, 10, 30, 0) : null,
            Description = Maybe(),
            Objectives = objectives,
            Resources = Some() ? ["manifests/demo.yaml"] : [],
            Environment = Many(Cmd, 2),
            Diagrams = Many(() => new Diagram { Title = Text(), Icon = Some() ? "📊" : null, Mermaid = Localized.Of("graph TD\n    A --> B"), Description = Maybe() }, 2),
            Steps = Many(() => new Step
            {
                Title = Text(),
                Duration = Some() ? new ExperimentDuration(20) : null,
                Commands = Many(Cmd),
                Expected = Many(Text),
                Actual = Some() ? Code() : null,
                ObservationPoints = Many(Text),
                Record = Some() ? Code() : null,
                ExtraOutput = Some() ? Code() : null,
                Notes = Maybe(),
            }),
            Results = Some() ? new Results
            {
                Observations = Many(() => new Observation { Title = Text(), Phenomenon = Text(), Cause = Maybe(), Lesson = Maybe() }),
                Metrics = Many(() => new Metric { Name = Text(), Value = Localized.Of("~30s"), Note = Maybe() }),
            } : null,
            Problems = Many(() => new Problem
            {
                Title = Text(),
                Error = Some() ? "Error: something failed" : null,
                Causes = Many(Text),
                Solution = Many(Text),
                Status = (ProblemStatus)random.Next(3),
            }),
            Learnings = Some() ? new Learnings
            {
                Concepts = Many(() => new Concept { Name = Text(), Definition = Text(), UseCases = Maybe(), Caveats = Maybe() }),
                Practices = Many(Text),
                Questions = Many(() => new Checkable { Text = Text(), Done = Some() }),
            } : null,
            Exploration = Some() ? new Exploration
            {
                Variants = Many(() => new Variant { Title = Text(), Change = Text(), Observation = Text(), Conclusion = Maybe() }),
                Reading = Many(() => new ReadingNote { Location = "pkg/controller/statefulset/stateful_set.go", Logic = Maybe(), Insight = Maybe() }),
            } : null,
            NextSteps = Some() ? new NextSteps
            {
                Experiments = Many(() => new FollowUp { Experiment = $"2.{random.Next(1, Records + 5)}", Done = Some() }),
                Knowledge = Many(() => new Checkable { Text = Text(), Done = Some() }),
                Applications = Many(Text),
            } : null,
            References = Many(() => new Reference { Title = Text(), Url = "https://kubernetes.io/docs/" }),
            Cleanup = Some() ? new Cleanup { Commands = Many(Cmd), Status = (CleanupStatus)random.Next(3), Note = Maybe() } : null,
            Summary = new Summary { OneLine = Text(), Detailed = Maybe() },
            SelfAssessment = Some() ? new SelfAssessment { Knowledge = random.Next(1, 6), Practice = Some() ? random.Next(1, 6) : null } : null,
        };
    }
}
