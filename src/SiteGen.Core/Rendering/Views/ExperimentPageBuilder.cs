using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Loading.Yaml;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// Builds the view of one record in one language. A pure function of the record (with its catalogue
/// entry), the language, the site config, the UI strings and the catalogue of records (for follow-up
/// titles and links).
/// </summary>
public static class ExperimentPageBuilder
{
    public static ExperimentPage Build(
        LabRecord record, RecordEntry entry, string language, SiteConfig config, UiStrings ui, Catalogue catalogue, ProseMarkdown markdown,
        RecordEntry? previous = null, RecordEntry? next = null)
    {
        var layout = catalogue.Layout;
        var path = layout.ExperimentPage(language, entry);
        var root = SiteLayout.RootFrom(path);
        var files = new FileLinks(entry.Published, root);
        var prose = new ProseFactory(markdown, config, language, ui["untranslated"], files);
        var chapter = layout.Chapter(entry);
        IReadOnlyList<ObjectiveView> objectives =
            [.. record.Objectives.Select((o, i) => new ObjectiveView(i + 1, prose.Of(o.Text), o.Done, prose.OfOptional(o.Outcome))
            {
                InProgress = o.InProgress && !o.Done,
                Shortfall = prose.OfOptional(o.Shortfall),
            })];

        var page = new ExperimentPage
        {
            Language = catalogue.LanguageView(language),
            Ui = ui,
            SiteTitle = prose.Of(config.Title),
            Links = new PageLinks(
                Home: root + SiteLayout.LanguageIndex(language),
                Assets: root + SiteLayout.AssetsFolder + "/",
                Report: SiteLayout.ReportFile,
                Canonical: layout.Absolute(layout.ExperimentFolder(language, entry)),
                Languages: [.. config.Languages.Select(l => new LanguageLink(
                    catalogue.LanguageView(l.Code),
                    root + layout.ExperimentPage(l.Code, entry),
                    layout.Absolute(layout.ExperimentFolder(l.Code, entry)),
                    l.Code == language))],
                XDefault: layout.Absolute(layout.ExperimentFolder(config.DefaultLanguage, entry)) ?? root + layout.ExperimentPage(config.DefaultLanguage, entry))
            {
                View = layout.HasParallelPages ? new ViewLink(SiteLayout.ParallelFile, ui["parallel_view"]) : null,
            },
            Id = record.Id,
            Slug = record.Slug,
            Previous = previous is null ? null : Neighbour(previous, language, root, catalogue, prose),
            Next = next is null ? null : Neighbour(next, language, root, catalogue, prose),
            Chapter = new ChapterView(chapter.Number, SiteLayout.ChapterFolder(chapter), prose.Of(chapter.Title)),
            Title = prose.Of(record.Title),
            Date = record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Duration = FormatDuration(record.Duration, ui),
            Author = prose.OfOptional(record.Author),
            CompletedAt = record.CompletedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Tags = record.Tags,
            TagLinks = [.. record.Tags.Select(t => new TagEntry(prose.Tag(t), root + SiteLayout.TagFolder(language, t) + SiteLayout.PageFile, 0))],
            Intro = prose.OfOptional(record.Description),
            Objectives = objectives,
            Resources = [.. record.Resources.Select(r => ResourceView.Of(r, files))],
            Environment = Commands(record.Environment, prose),
            Diagrams = [.. record.Diagrams.Select((d, i) => new DiagramView(
                i + 1, $"diagram-{i + 1}", prose.Of(d.Title), d.Icon, Trimmed(prose.Literal(d.Mermaid)), prose.OfOptional(d.Description)))],
            Steps = [.. record.Steps.Select((s, i) => new StepView(
                i + 1,
                $"step-{i + 1}",
                prose.Of(s.Title),
                Commands(s.Commands, prose),
                prose.All(s.Expected),
                Code(s.Actual, prose),
                prose.All(s.ObservationPoints),
                Code(s.Record, prose),
                Code(s.ExtraOutput, prose),
                prose.OfOptional(s.Notes)) { Duration = FormatDuration(s.Duration, ui), Screenshots = Screenshots(s.Screenshots, files, prose) })],
            Results = record.Results is null ? null : new ResultsView(
                objectives,
                [.. record.Results.Observations.Select((o, i) => new ObservationView(
                    i + 1, prose.Of(o.Title), prose.Of(o.Phenomenon), prose.OfOptional(o.Cause), prose.OfOptional(o.Lesson)))],
                [.. record.Results.Metrics.Select(m => new MetricView(prose.Of(m.Name), prose.Of(m.Value), prose.OfOptional(m.Note)))])
            {
                Screenshots = Screenshots(record.Results.Screenshots, files, prose),
            },
            Problems = [.. record.Problems.Select((p, i) =>
            {
                var status = YamlNaming.EnumValue(p.Status.ToString());
                return new ProblemView(i + 1, prose.Of(p.Title), p.Error?.TrimEnd('\n'), prose.All(p.Causes), prose.All(p.Solution), status,
                    prose.OfOptional(p.StatusText)?.Text ?? ui["problem_status_" + status]);
            })],
            Learnings = record.Learnings is null ? null : new LearningsView(
                [.. record.Learnings.Concepts.Select((c, i) => new ConceptView(
                    i + 1, prose.Of(c.Name), prose.Of(c.Definition), prose.OfOptional(c.UseCases), prose.OfOptional(c.Caveats)))],
                prose.All(record.Learnings.Practices),
                [.. record.Learnings.Questions.Select(q => new CheckView(prose.Of(q.Text), q.Done))]),
            Exploration = record.Exploration is null ? null : new ExplorationView(
                [.. record.Exploration.Variants.Select((v, i) => new VariantView(
                    i + 1, prose.Of(v.Title), prose.Of(v.Change), prose.Of(v.Observation), prose.OfOptional(v.Conclusion)))],
                [.. record.Exploration.Reading.Select(r => new ReadingView(r.Location, prose.OfOptional(r.Logic), prose.OfOptional(r.Insight)))]),
            NextSteps = record.NextSteps is null ? null : new NextStepsView(
                [.. record.NextSteps.Experiments.Select(f => FollowUp(f, language, root, catalogue, prose))],
                [.. record.NextSteps.Knowledge.Select(k => new CheckView(prose.Of(k.Text), k.Done))],
                prose.All(record.NextSteps.Applications)),
            References = [.. record.References.Select(r => new ReferenceView(prose.Of(r.Title), r.Url))],
            Cleanup = record.Cleanup is null ? null : CleanupView(record.Cleanup, ui, prose),
            Conclusion = new SummaryView(prose.Of(record.Summary.OneLine), prose.OfOptional(record.Summary.Detailed)),
            Ratings = Ratings(record.SelfAssessment, ui),
            Extras = [.. record.ExtraSections.Select((e, i) => new ExtraSectionView(i + 1, prose.Of(e.Title), e.Icon, prose.Of(e.Body), e.After))],
            Untranslated = entry.Untranslated.GetValueOrDefault(language),
        };

        return page with { HasDiagrams = page.Diagrams.Count > 0 || prose.SawDiagram, Sections = PageSections.Of(page, ui) };
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

    private static CommandGroup? Commands(IReadOnlyList<Command> commands, ProseFactory prose)
    {
        if (commands.Count == 0)
        {
            return null;
        }

        var language = commands.Select(c => c.Language).FirstOrDefault(l => l is not null) ?? "bash";
        return new CommandGroup(language, TerminalSession.Of(
            commands.Select(c => (c.Comment is { } comment ? prose.Literal(comment) : null, c.Run.TrimEnd('\n'), c.Output?.TrimEnd('\n'))), language));
    }

    private static IReadOnlyList<ScreenshotView> Screenshots(IReadOnlyList<Screenshot> shots, FileLinks files, ProseFactory prose) =>
        [.. shots.Select(s => new ScreenshotView(s.File, files.Image(s.File), s.Alt is { } alt ? prose.Of(alt).Text : "", prose.OfOptional(s.Caption)))];

    private static CodeView? Code(CodeBlock? block, ProseFactory prose)
    {
        if (block is null)
        {
            return null;
        }

        return new CodeView(block.Language ?? "", Trimmed(prose.Literal(block.Text)));
    }

    private static Literal Trimmed(Literal literal) => literal with { Text = literal.Text.TrimEnd('\n') };

    /// <summary>The experiment before or after this one in its chapter, as the page links to it.</summary>
    private static FollowUpView Neighbour(RecordEntry entry, string language, string root, Catalogue catalogue, ProseFactory prose) =>
        new(entry.Id, entry.Title is { } title ? prose.Of(title) : null, Done: false, root + catalogue.Layout.ExperimentPage(language, entry));

    private static FollowUpView FollowUp(FollowUp followUp, string language, string root, Catalogue catalogue, ProseFactory prose)
    {
        var target = catalogue.Find(followUp.Experiment);
        var title = followUp.Title is not null ? prose.Of(followUp.Title)
            : target?.Title is { } targetTitle ? prose.Of(targetTitle)
            : null;
        var href = target is null ? null : root + catalogue.Layout.ExperimentPage(language, target);
        return new FollowUpView(followUp.Experiment, title, followUp.Done, href);
    }

    private static CleanupView CleanupView(Cleanup cleanup, UiStrings ui, ProseFactory prose)
    {
        var status = YamlNaming.EnumValue(cleanup.Status.ToString());
        return new CleanupView(Commands(cleanup.Commands, prose) ?? new CommandGroup("bash", []), status, prose.OfOptional(cleanup.StatusText)?.Text ?? ui["cleanup_status_" + status])
        {
            Note = prose.OfOptional(cleanup.Note),
        };
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
}
