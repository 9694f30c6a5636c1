namespace SiteGen.Rendering.Views;

// The parts of a record as one page language shows them. Numbers are 1-based, as readers count.

public sealed record LanguageView(string Code, string Tag, string Name);

/// <summary>A link to the same content in a language; <see cref="Href"/> is relative to the current page.</summary>
public sealed record LanguageLink(LanguageView Language, string Href, string? AbsoluteUrl, bool IsCurrent);

public sealed record ChapterView(int Number, string Folder, Prose Title);

/// <summary>One command of a <see cref="CommandGroup"/>, laid out by <see cref="TerminalSession"/>.</summary>
/// <param name="CommentLines">The comment's lines, each shown after <c># </c>.</param>
/// <param name="RunLines">The command's lines with their prompts.</param>
/// <param name="BlankBefore">Whether a blank line separates it from the command before.</param>
public sealed record CommandView(
    Literal? Comment, IReadOnlyList<string> CommentLines, string Run, IReadOnlyList<PromptedLine> RunLines, string? Output, bool BlankBefore);

/// <summary>Commands shown together in one code block, as a terminal session.</summary>
public sealed record CommandGroup(string Language, IReadOnlyList<CommandView> Commands);

public sealed record CodeView(string Language, Literal Content)
{
    /// <summary>
    /// The code as HTML: a shell block as a terminal transcript (commands highlighted, output plain), another
    /// language highlighted when it has a grammar, anything else only encoded.
    /// </summary>
    public string Html => Highlighting.CodeHighlighter.IsShell(Language)
        ? Highlighting.CodeHighlighter.Instance.Transcript(Content.Text)
        : Highlighting.CodeHighlighter.Instance.Highlight(Content.Text, Language) ?? System.Net.WebUtility.HtmlEncode(Content.Text);
}

public sealed record ObjectiveView(int Number, Prose Text, bool Done, Prose? Outcome)
{
    /// <summary>Still being worked on (never when done): marked ⏳.</summary>
    public bool InProgress { get; init; }

    /// <summary>Why the goal was not (yet) reached.</summary>
    public Prose? Shortfall { get; init; }
}

public sealed record DiagramView(int Number, string Anchor, Prose Title, string? Icon, Literal Source, Prose? Description);

public sealed record StepView(
    int Number,
    string Anchor,
    Prose Title,
    CommandGroup? Commands,
    IReadOnlyList<Prose> Expected,
    CodeView? Actual,
    IReadOnlyList<Prose> ObservationPoints,
    CodeView? Record,
    CodeView? ExtraOutput,
    Prose? Notes)
{
    /// <summary>How long the step took, in the page's language ("20 分钟").</summary>
    public string? Duration { get; init; }

    /// <summary>Images of what the step showed.</summary>
    public IReadOnlyList<ScreenshotView> Screenshots { get; init; } = [];
}

public sealed record ObservationView(int Number, Prose Title, Prose Phenomenon, Prose? Cause, Prose? Lesson);

public sealed record MetricView(Prose Name, Prose Value, Prose? Note);

public sealed record ResultsView(IReadOnlyList<ObjectiveView> Objectives, IReadOnlyList<ObservationView> Observations, IReadOnlyList<MetricView> Metrics)
{
    /// <summary>Images of the outcome, after the metrics.</summary>
    public IReadOnlyList<ScreenshotView> Screenshots { get; init; } = [];
}

/// <param name="Status">The YAML value: <c>resolved</c>, <c>worked-around</c> or <c>open</c>.</param>
public sealed record ProblemView(int Number, Prose Title, string? Error, IReadOnlyList<Prose> Causes, IReadOnlyList<Prose> Solution, string Status, string StatusLabel);

public sealed record ConceptView(int Number, Prose Name, Prose Definition, Prose? UseCases, Prose? Caveats);

public sealed record CheckView(Prose Text, bool Done);

public sealed record LearningsView(IReadOnlyList<ConceptView> Concepts, IReadOnlyList<Prose> Practices, IReadOnlyList<CheckView> Questions);

public sealed record VariantView(int Number, Prose Title, Prose Change, Prose Observation, Prose? Conclusion);

public sealed record ReadingView(string Location, Prose? Logic, Prose? Insight);

public sealed record ExplorationView(IReadOnlyList<VariantView> Variants, IReadOnlyList<ReadingView> Reading);

/// <summary>A follow-up experiment; <see cref="Href"/> is null when it has no record yet.</summary>
public sealed record FollowUpView(string Id, Prose? Title, bool Done, string? Href);

public sealed record NextStepsView(IReadOnlyList<FollowUpView> Experiments, IReadOnlyList<CheckView> Knowledge, IReadOnlyList<Prose> Applications);

public sealed record ReferenceView(Prose Title, string Url);

/// <param name="Status">The YAML value: <c>cleaned</c>, <c>partial</c> or <c>pending</c>.</param>
public sealed record CleanupView(CommandGroup Commands, string Status, string StatusLabel)
{
    public Prose? Note { get; init; }
}

public sealed record SummaryView(Prose OneLine, Prose? Detailed);

/// <summary>A part of the record that fits no section of its own (<see cref="Model.ExtraSection"/>), shown after <see cref="After"/>.</summary>
public sealed record ExtraSectionView(int Number, Prose Title, string? Icon, Prose Body, Model.SectionName After);

public sealed record RatingView(string Label, int Stars, int OutOf);

/// <summary>Links from a page to the rest of the site, all relative so the site works from any folder.</summary>
/// <param name="Home">The index of the page's language.</param>
/// <param name="Languages">This page in every language, in the site's order, for the switcher and <c>hreflang</c>.</param>
/// <param name="XDefault">The version for readers whose language the site does not have: the default language's.</param>
public sealed record PageLinks(string Home, string Assets, string? Report, string? Canonical, IReadOnlyList<LanguageLink> Languages, string XDefault)
{
    /// <summary>
    /// The other view of the same experiment, last in the switcher: from an experiment page its side-by-side
    /// page, and from that the single-language page again. Null on other pages, and on a site with one language.
    /// </summary>
    public ViewLink? View { get; init; }
}

/// <summary>A link to another view of the same content in the page's language (<see cref="PageLinks.View"/>).</summary>
public sealed record ViewLink(string Href, string Label);

/// <summary>A ticked or unticked line of a checklist; templates build it for <c>_Check.cshtml</c>.</summary>
public sealed record CheckItem(string Id, bool Done, string LabelHtml);
