using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>What every page of the site has, and what the layout uses: language, interface text, site title, links.</summary>
public abstract record SitePage
{
    public required LanguageView Language { get; init; }
    public required UiStrings Ui { get; init; }
    public required Prose SiteTitle { get; init; }
    public required PageLinks Links { get; init; }
    /// <summary>Whether the page has Mermaid diagrams, so it loads the Mermaid script.</summary>
    public bool HasDiagrams { get; init; }

    /// <summary>The text of <c>&lt;title&gt;</c>.</summary>
    public abstract string PageTitle { get; }

    /// <summary>The meta description.</summary>
    public abstract string Description { get; }
}

/// <summary>One experiment in one language: the model of the experiment page and of its report.</summary>
public sealed record ExperimentPage : SitePage
{
    public required string Id { get; init; }
    public required string Slug { get; init; }
    public required ChapterView Chapter { get; init; }
    public required Prose Title { get; init; }
    public required string Date { get; init; }
    public required string? Duration { get; init; }
    public required Prose? Author { get; init; }
    public required string? CompletedAt { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required Prose? Intro { get; init; }
    public required IReadOnlyList<ObjectiveView> Objectives { get; init; }
    public required IReadOnlyList<string> Resources { get; init; }
    public required CommandGroup? Environment { get; init; }

    /// <summary>Whether the "experiment information" section has anything to show: objectives, resources or an environment.</summary>
    public bool HasInfo => Objectives.Count > 0 || Resources.Count > 0 || Environment is not null;
    public required IReadOnlyList<DiagramView> Diagrams { get; init; }
    public required IReadOnlyList<StepView> Steps { get; init; }
    public required ResultsView? Results { get; init; }
    public required IReadOnlyList<ProblemView> Problems { get; init; }
    public required LearningsView? Learnings { get; init; }
    public required ExplorationView? Exploration { get; init; }
    public required NextStepsView? NextSteps { get; init; }
    public required IReadOnlyList<ReferenceView> References { get; init; }
    public required CleanupView? Cleanup { get; init; }
    public required SummaryView Conclusion { get; init; }
    public required IReadOnlyList<RatingView> Ratings { get; init; }

    /// <summary>Parts of the record that fit no section of their own, each shown after the section it names.</summary>
    public IReadOnlyList<ExtraSectionView> Extras { get; init; } = [];

    /// <summary>The sections this page shows, in order (<see cref="PageSections"/>): its table of contents and the report's outline.</summary>
    public IReadOnlyList<PageSection> Sections { get; init; } = [];

    /// <summary>How many prose fields on this page fell back to another language.</summary>
    public required int Untranslated { get; init; }

    public override string PageTitle => $"{Id} {Title.Text} · {SiteTitle.Text}";

    public override string Description => (Intro ?? Conclusion.OneLine).Text;
}

/// <summary>One line of the index: an experiment with what a reader scans for.</summary>
public sealed record ExperimentEntry(
    string Id, Prose Title, string Date, string? Duration, int ObjectivesDone, int ObjectivesTotal,
    IReadOnlyList<string> Tags, string Href, string ReportHref, int Untranslated);

public sealed record ChapterEntry(ChapterView Chapter, IReadOnlyList<ExperimentEntry> Experiments);

/// <summary>The index of one language: chapters in order, each with its experiments.</summary>
public sealed record IndexPage : SitePage
{
    public required IReadOnlyList<ChapterEntry> Chapters { get; init; }

    public override string PageTitle => SiteTitle.Text;

    public override string Description => Ui["index_description"];
}

/// <summary>A language in the chooser at the site root, described in that language.</summary>
public sealed record LanguageChoice(LanguageView Language, string SiteTitle, string Enter, string Href);

/// <summary><c>site/index.html</c>: the language chooser.</summary>
public sealed record RootPage : SitePage
{
    public required IReadOnlyList<LanguageChoice> Choices { get; init; }

    public override string PageTitle => SiteTitle.Text;

    public override string Description => Ui["root_description"];
}
