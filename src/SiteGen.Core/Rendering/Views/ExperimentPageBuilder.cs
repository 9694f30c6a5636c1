using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Loading.Yaml;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// Builds the view of one record in one language. A pure function of the record, the language, the
/// site config, the UI strings and the catalogue of records (for follow-up titles and links).
/// </summary>
public static class ExperimentPageBuilder
{
    public static ExperimentPage Build(
        LabRecord record, string language, SiteConfig config, UiStrings ui, Catalogue catalogue, ProseMarkdown markdown)
    {
        var prose = new ProseFactory(markdown, config, language, ui["untranslated"]);
        var layout = catalogue.Layout;
        var path = layout.ExperimentPage(language, record);
        var root = SiteLayout.RootFrom(path);
        var chapter = layout.Chapter(record);
        var counted = new Counter(prose);
        IReadOnlyList<ObjectiveView> objectives =
            [.. record.Objectives.Select((o, i) => new ObjectiveView(i + 1, counted.Of(o.Text), o.Done, counted.OfOptional(o.Outcome)))];

        var page = new ExperimentPage
        {
            Language = catalogue.LanguageView(language),
            Ui = ui,
            SiteTitle = counted.Of(config.Title),
            Links = new PageLinks(
                Root: root,
                Home: root + SiteLayout.LanguageIndex(language),
                Assets: root + SiteLayout.AssetsFolder + "/",
                Report: SiteLayout.ReportFile,
                Canonical: layout.Absolute(layout.ExperimentFolder(language, record)),
                Languages: [.. config.Languages.Select(l => new LanguageLink(
                    catalogue.LanguageView(l.Code),
                    root + layout.ExperimentPage(l.Code, record),
                    layout.Absolute(layout.ExperimentFolder(l.Code, record)),
                    l.Code == language))],
                XDefault: layout.Absolute(layout.ExperimentFolder(config.DefaultLanguage, record)) ?? root + layout.ExperimentPage(config.DefaultLanguage, record)),
            Id = record.Id,
            Slug = record.Slug,
            Chapter = new ChapterView(chapter.Number, SiteLayout.ChapterFolder(chapter), counted.Of(chapter.Title)),
            Title = counted.Of(record.Title),
            Summary = null,
            Date = record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Duration = FormatDuration(record.Duration, ui),
            Author = counted.OfOptional(record.Author),
            CompletedAt = record.CompletedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Tags = record.Tags,
            Intro = counted.OfOptional(record.Description),
            Objectives = objectives,
            Resources = record.Resources,
            Environment = Commands(record.Environment, counted),
            Diagrams = [.. record.Diagrams.Select((d, i) => new DiagramView(
                i + 1, $"diagram-{i + 1}", counted.Of(d.Title), d.Icon, Trimmed(counted.Literal(d.Mermaid)), counted.OfOptional(d.Description)))],
            Steps = [.. record.Steps.Select((s, i) => new StepView(
                i + 1,
                $"step-{i + 1}",
                counted.Of(s.Title),
                Commands(s.Commands, counted),
                counted.All(s.Expected),
                Code(s.Actual, counted),
                counted.All(s.ObservationPoints),
                Code(s.Record, counted),
                Code(s.ExtraOutput, counted),
                counted.OfOptional(s.Notes)))],
            Results = record.Results is null ? null : new ResultsView(
                objectives,
                [.. record.Results.Observations.Select((o, i) => new ObservationView(
                    i + 1, counted.Of(o.Title), counted.Of(o.Phenomenon), counted.OfOptional(o.Cause), counted.OfOptional(o.Lesson)))],
                [.. record.Results.Metrics.Select(m => new MetricView(counted.Of(m.Name), counted.Of(m.Value), counted.OfOptional(m.Note)))]),
            Problems = [.. record.Problems.Select((p, i) =>
            {
                var status = YamlNaming.EnumValue(p.Status.ToString());
                return new ProblemView(i + 1, counted.Of(p.Title), p.Error?.TrimEnd('\n'), counted.All(p.Causes), counted.All(p.Solution), status, ui["problem_status_" + status]);
            })],
            Learnings = record.Learnings is null ? null : new LearningsView(
                [.. record.Learnings.Concepts.Select((c, i) => new ConceptView(
                    i + 1, counted.Of(c.Name), counted.Of(c.Definition), counted.OfOptional(c.UseCases), counted.OfOptional(c.Caveats)))],
                counted.All(record.Learnings.Practices),
                [.. record.Learnings.Questions.Select(q => new CheckView(counted.Of(q.Text), q.Done))]),
            Exploration = record.Exploration is null ? null : new ExplorationView(
                [.. record.Exploration.Variants.Select((v, i) => new VariantView(
                    i + 1, counted.Of(v.Title), counted.Of(v.Change), counted.Of(v.Observation), counted.OfOptional(v.Conclusion)))],
                [.. record.Exploration.Reading.Select(r => new ReadingView(r.Location, counted.OfOptional(r.Logic), counted.OfOptional(r.Insight)))]),
            NextSteps = record.NextSteps is null ? null : new NextStepsView(
                [.. record.NextSteps.Experiments.Select(f => FollowUp(f, language, root, catalogue, counted))],
                [.. record.NextSteps.Knowledge.Select(k => new CheckView(counted.Of(k.Text), k.Done))],
                counted.All(record.NextSteps.Applications)),
            References = [.. record.References.Select(r => new ReferenceView(counted.Of(r.Title), r.Url))],
            Cleanup = record.Cleanup is null ? null : CleanupView(record.Cleanup, ui, counted),
            Conclusion = new SummaryView(counted.Of(record.Summary.OneLine), counted.OfOptional(record.Summary.Detailed)),
            Ratings = Ratings(record.SelfAssessment, ui),
            Untranslated = 0,
        };

        return page with
        {
            HasDiagrams = page.Diagrams.Count > 0 || prose.SawDiagram,
            Untranslated = counted.Fallbacks,
        };
    }

    /// <summary>"1.5 小时", "45 minutes": whole and half hours in hours, anything else in minutes.</summary>
    public static string? FormatDuration(ExperimentDuration? duration, UiStrings ui)
    {
        if (duration is not { Minutes: var minutes })
        {
            return null;
        }

        return minutes >= 60 && minutes % 30 == 0
            ? ui.Format("duration_hours", (minutes / 60.0).ToString("0.#", CultureInfo.InvariantCulture))
            : ui.Format("duration_minutes", minutes.ToString(CultureInfo.InvariantCulture));
    }

    private static CommandGroup? Commands(IReadOnlyList<Command> commands, Counter prose) =>
        commands.Count == 0
            ? null
            : new CommandGroup(
                commands.Select(c => c.Language).FirstOrDefault(l => l is not null) ?? "bash",
                [.. commands.Select(c => new CommandView(prose.OfOptional(c.Comment), c.Run.TrimEnd('\n'), c.Output?.TrimEnd('\n')))]);

    private static CodeView? Code(CodeBlock? block, Counter prose)
    {
        if (block is null)
        {
            return null;
        }

        return new CodeView(block.Language ?? "", Trimmed(prose.Literal(block.Text)));
    }

    private static Literal Trimmed(Literal literal) => literal with { Text = literal.Text.TrimEnd('\n') };

    private static FollowUpView FollowUp(FollowUp followUp, string language, string root, Catalogue catalogue, Counter prose)
    {
        var target = catalogue.Find(followUp.Experiment);
        var title = followUp.Title is not null ? prose.Of(followUp.Title)
            : target is not null ? prose.Of(target.Title)
            : null;
        var href = target is null ? null : root + catalogue.Layout.ExperimentPage(language, target);
        return new FollowUpView(followUp.Experiment, title, followUp.Done, href);
    }

    private static CleanupView CleanupView(Cleanup cleanup, UiStrings ui, Counter prose)
    {
        var status = YamlNaming.EnumValue(cleanup.Status.ToString());
        return new CleanupView(Commands(cleanup.Commands, prose) ?? new CommandGroup("bash", []), status, ui["cleanup_status_" + status]);
    }

    private static IReadOnlyList<RatingView> Ratings(SelfAssessment? assessment, UiStrings ui)
    {
        if (assessment is null)
        {
            return [];
        }

        var ratings = new List<RatingView>();
        Add("rating_knowledge", assessment.Knowledge);
        Add("rating_practice", assessment.Practice);
        Add("rating_recommendation", assessment.Recommendation);
        return ratings;

        void Add(string key, int? stars)
        {
            if (stars is { } value)
            {
                ratings.Add(new RatingView(ui[key], value, 5));
            }
        }
    }

    /// <summary>Counts the fields that fell back to another language while resolving them.</summary>
    private sealed class Counter(ProseFactory prose)
    {
        public int Fallbacks { get; private set; }

        public Prose Of(Localized text) => Count(prose.Of(text));

        public Prose? OfOptional(Localized? text) => text is null ? null : Of(text);

        public IReadOnlyList<Prose> All(IEnumerable<Localized> texts) => [.. texts.Select(Of)];

        public Literal Literal(Localized text)
        {
            var literal = prose.Literal(text);
            Fallbacks += literal.IsFallback ? 1 : 0;
            return literal;
        }

        private Prose Count(Prose resolved)
        {
            Fallbacks += resolved.IsFallback ? 1 : 0;
            return resolved;
        }
    }
}
