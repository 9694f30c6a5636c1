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

    /// <summary>Each tag with the link to its page.</summary>
    public IReadOnlyList<TagEntry> TagLinks { get; init; } = [];
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
    IReadOnlyList<string> Tags, string Href, string ReportHref, int Untranslated)
{
    /// <summary>The path from the page showing this entry to the site root, for its tags' links.</summary>
    public string TagsRoot { get; init; } = "";

    /// <summary>The link to a tag's page, in the page's language.</summary>
    public string TagHref(string tag, string language) => TagsRoot + SiteLayout.TagFolder(language, tag) + SiteLayout.PageFile;
}

/// <summary>A tag with how many experiments have it, linked to its page.</summary>
public sealed record TagEntry(string Name, string Href, int Count);

/// <summary>The tags of one language.</summary>
public sealed record TagIndexPage : SitePage
{
    public required IReadOnlyList<TagEntry> Tags { get; init; }

    public override string PageTitle => $"{Ui["tags_title"]} · {SiteTitle.Text}";

    public override string Description => Ui["tags_description"];
}

/// <summary>The experiments with one tag, in reading order.</summary>
public sealed record TagPage : SitePage
{
    /// <summary>The tag as the records write it (every spelling that gives this page's slug).</summary>
    public required string Name { get; init; }

    public required string TagsHref { get; init; }

    public required IReadOnlyList<ExperimentEntry> Experiments { get; init; }

    public override string PageTitle => $"{Ui.Format("tag_title", Name)} · {SiteTitle.Text}";

    public override string Description => Ui.Format("tag_description", Name);
}

public sealed record ChapterEntry(ChapterView Chapter, IReadOnlyList<ExperimentEntry> Experiments);

/// <summary>The index of one language: chapters in order, each with its experiments.</summary>
public sealed record IndexPage : SitePage
{
    public required IReadOnlyList<ChapterEntry> Chapters { get; init; }

    /// <summary>Each chapter's experiments and the follow-ups between them.</summary>
    public IReadOnlyList<ChapterPath> LearningPath { get; init; } = [];

    /// <summary>What is left to do across the site.</summary>
    public ProgressView Progress { get; init; } = new([], []);

    /// <summary>The self-assessment of every experiment that rates itself, chapter by chapter.</summary>
    public IReadOnlyList<RatingsChapter> Ratings { get; init; } = [];

    /// <summary>The columns of <see cref="Ratings"/>, in the page's language.</summary>
    public IReadOnlyList<string> RatingNames { get; init; } = [];

    /// <summary>
    /// Whether the groups of the learning path, the progress and the ratings start open: on a small site they
    /// do; on a large one each shows its name and count, and opens on demand.
    /// </summary>
    public bool Expanded { get; init; }

    /// <summary>Whether any experiment has a tag, so the tag index exists.</summary>
    public bool HasTags => Chapters.Any(c => c.Experiments.Any(e => e.Tags.Count > 0));

    public string TagsHref => SiteLayout.TagsFolder + "/" + SiteLayout.PageFile;

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
