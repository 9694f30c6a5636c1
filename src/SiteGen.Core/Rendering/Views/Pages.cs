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

    /// <summary>The footer from <c>site.yaml</c> in the page's language; null to show the theme's (<c>footer</c> in the UI strings).</summary>
    public Prose? Footer { get; init; }

    /// <summary>The search bundle's folder, relative to the page (<c>../../../pagefind/</c>); null when the page has no search.</summary>
    public string? SearchBundle { get; init; }

    /// <summary>The text of <c>&lt;title&gt;</c>.</summary>
    public abstract string PageTitle { get; }

    /// <summary>The meta description.</summary>
    public abstract string Description { get; }

    /// <summary>A class on <c>&lt;body&gt;</c> for a page laid out unlike the others (<c>wide</c>); null for none.</summary>
    public virtual string? BodyClass => null;
    /// <summary>Whether search engines should leave the page out: it then has no canonical or <c>hreflang</c> links either.</summary>
    public virtual bool NoIndex => false;
}

/// <summary>One experiment in one language: the model of the experiment page and of its report.</summary>
public sealed record ExperimentPage : SitePage
{
    public required string Id { get; init; }
    public required string Slug { get; init; }

    /// <summary>The experiment before this one in its chapter (<c>&lt;link rel="prev"&gt;</c> and the pager); null for the first.</summary>
    public FollowUpView? Previous { get; init; }

    /// <summary>The experiment after this one in its chapter; null for the last.</summary>
    public FollowUpView? Next { get; init; }
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
    /// <summary>The resource files the record lists, each published and shown, or (when not found) its path as text.</summary>
    public required IReadOnlyList<ResourceView> Resources { get; init; }
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

    /// <summary>Each tag as the page shows it (<see cref="TagLabel"/>), with the link to its page.</summary>
    public IReadOnlyList<TagEntry> TagLinks { get; init; } = [];
}

/// <summary>A tag as the page shows it, linked to its page, with how many experiments have it (0 where that is not shown).</summary>
public sealed record TagEntry(TagLabel Name, string Href, int Count);

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
    /// <summary>The tag's name from <c>site.yaml</c>, or the tag as the records write it (every spelling that gives this page's slug).</summary>
    public required TagLabel Name { get; init; }

    public required string TagsHref { get; init; }

    public required IReadOnlyList<ExperimentEntry> Experiments { get; init; }

    public override string PageTitle => $"{Ui.Format("tag_title", Name.Text)} · {SiteTitle.Text}";

    public override string Description => Ui.Format("tag_description", Name.Text);
}

public sealed record ChapterEntry(ChapterView Chapter, IReadOnlyList<ExperimentEntry> Experiments);

/// <summary>The index of one language: chapters in order, each with its experiments.</summary>
public sealed record IndexPage : SitePage
{
    public required IReadOnlyList<ChapterEntry> Chapters { get; init; }

    /// <summary>The line under the title, from <c>site.yaml</c>; null to say what the index holds (<c>index_description</c>).</summary>
    public Prose? Tagline { get; init; }

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

    public override string Description => Tagline?.Text ?? Ui["index_description"];
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

/// <summary>
/// One experiment in every language of the site, section beside section, for a reader reading it in a
/// second language: <c>&lt;lang&gt;/&lt;chapter&gt;/&lt;id&gt;-&lt;slug&gt;/parallel.html</c>. The page itself (its
/// <c>lang</c>, navigation, headings of its own, the table of contents) is in <see cref="SitePage.Language"/>,
/// whose column comes first; each column is that language's own view of the experiment, its sections
/// written by the same partials as the experiment page, so nothing is said twice.
/// </summary>
public sealed record ParallelPage : SitePage
{
    /// <summary>The experiment in the page's language: what the header shows (id, title, date, tags).</summary>
    public required ExperimentPage Experiment { get; init; }

    /// <summary>The languages, the page's own first, then the others in the site's order.</summary>
    public required IReadOnlyList<ParallelColumn> Columns { get; init; }

    /// <summary>Each section any language has, in page order, with a cell per column.</summary>
    public required IReadOnlyList<ParallelRow> Rows { get; init; }

    /// <summary>Whether any language has an introduction, shown aligned before the sections.</summary>
    public bool HasIntro => Columns.Any(c => c.Page.Intro is not null);

    public override string PageTitle => $"{Experiment.Id} {Experiment.Title.Text} · {Ui["parallel_view"]} · {SiteTitle.Text}";

    /// <summary>Columns need the width of the screen, not of one column of text.</summary>
    public override string? BodyClass => "wide";

    public override string Description =>
        Ui.Format("parallel_description", Experiment.Title.Text, string.Join(" / ", Columns.Select(c => c.Language.Name)));
}

/// <summary>One language of a <see cref="ParallelPage"/>.</summary>
/// <param name="Page">The experiment in this language, as its own page shows it.</param>
/// <param name="IdPrefix">Before every id this column's sections write (<c>en-</c>), so the columns' ids never clash.</param>
/// <param name="Href">Its single-language page, from the side-by-side page.</param>
/// <param name="SingleLabel">The link to that page, in this language: "English only".</param>
public sealed record ParallelColumn(LanguageView Language, ExperimentPage Page, string IdPrefix, string Href, string SingleLabel);

/// <summary>One section of a <see cref="ParallelPage"/>: the row the languages' versions of it share.</summary>
/// <param name="Anchor">The row's fragment, the section's anchor on the experiment page: <c>steps</c>.</param>
/// <param name="Title">Its title for the table of contents, in the page's language when that has the section.</param>
/// <param name="TitleLang">The language tag of <see cref="Title"/> when it is not the page's, else null.</param>
public sealed record ParallelRow(string Anchor, string Title, string? TitleLang, IReadOnlyList<ParallelCell> Cells);

/// <summary>A section in one language, or its place when that language does not have it (<see cref="Section"/> null).</summary>
/// <param name="Title">The section's heading in the column's language; empty in a place without the section.</param>
/// <param name="HeadingId">The id of the cell's heading, under the column's prefix: <c>en-steps-title</c>.</param>
public sealed record ParallelCell(ParallelColumn Column, string Icon, string Title, string HeadingId, SectionView? Section);
/// <summary>What a 404 page says in one language, with where to go instead.</summary>
/// <param name="TagsHref">The tag index, when the site has one.</param>
public sealed record NotFoundSection(LanguageView Language, string Title, string Text, string HomeHref, string HomeLabel, string? TagsHref, string TagsLabel);

/// <summary>
/// A 404 page: what a host serves for a missing URL, at that URL, so its links are root-relative
/// (<see cref="SiteLayout.RootPath"/>). The one in a language's folder speaks that language; the one at the
/// root, which most hosts serve, speaks every language, each in its own section.
/// </summary>
public sealed record NotFoundPage : SitePage
{
    public required IReadOnlyList<NotFoundSection> Sections { get; init; }

    public override string PageTitle => $"{string.Join(" · ", Sections.Select(s => s.Title))} · {SiteTitle.Text}";

    public override string Description => Sections[0].Text;

    public override bool NoIndex => true;
}
