using System.ComponentModel.DataAnnotations;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// One lab experiment, as written in one YAML file. Section order follows the reference lab record.
/// </summary>
[KeepSourceSpans]
public sealed record LabRecord
{
    /// <summary>Chapter and number, for example <c>2.1</c>.</summary>
    [RegularExpression(ModelPatterns.Id, ErrorMessage = ModelPatterns.IdHint)]
    public required string Id { get; init; }

    /// <summary>The URL name, for example <c>statefulset</c>.</summary>
    [RegularExpression(ModelPatterns.Slug, ErrorMessage = ModelPatterns.SlugHint)]
    public required string Slug { get; init; }

    /// <summary>The number of a chapter declared in <c>site.yaml</c>.</summary>
    public required int Chapter { get; init; }

    /// <summary>
    /// Required. The experiment's name, such as <c>StatefulSet: stateful applications</c>. It heads the page and the report
    /// ("Lab record: ...") and names the experiment on the home page.
    /// </summary>
    public required Localized Title { get; init; }

    /// <summary>
    /// Required. The day the experiment was done, as year-month-day: <c>2024-01-15</c>.
    /// Shown at the top of the page and the report, and on the home page.
    /// </summary>
    public required DateOnly Date { get; init; }

    /// <summary>
    /// How long the experiment took, such as <c>1.5h</c>, <c>90m</c> or <c>1h30m</c>.
    /// Shown next to the date, on the page, in the report and on the home page.
    /// </summary>
    public ExperimentDuration? Duration { get; init; }

    /// <summary>
    /// Who did the experiment and wrote the record, such as <c>K8s learner</c>. Shown as "Recorded by" at the top of the page
    /// and at the end of the report.
    /// </summary>
    public Localized? Author { get; init; }

    /// <summary>When the record was finished, local time as written.</summary>
    public DateTime? CompletedAt { get; init; }

    /// <summary>
    /// Keywords for the experiment, such as <c>[statefulset, pvc, storage]</c>. Shown as written, in every language,
    /// under the page title and on the home page.
    /// </summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A sentence or two introducing the experiment; used as the page description.</summary>
    public Localized? Description { get; init; }

    /// <summary>
    /// What the experiment sets out to do, each with <c>text</c>, <c>done</c> and optionally <c>outcome</c>.
    /// Shown as a numbered checklist under "Experiment information"; the home page counts how many are done.
    /// </summary>
    public IReadOnlyList<Objective> Objectives { get; init; } = [];

    /// <summary>
    /// The manifests and scripts the experiment uses, each a path relative to the record's file, such as
    /// <c>statefulset.yaml</c>. A file that exists is published beside the page, shown highlighted and linked for
    /// download; a path to no file is shown as text, with a warning.
    /// </summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>
    /// Commands that show what the experiment ran on (versions, nodes, storage classes), usually with their <c>output</c>.
    /// Shown as one terminal session under "Environment".
    /// </summary>
    public IReadOnlyList<Command> Environment { get; init; } = [];

    /// <summary>
    /// Mermaid diagrams of the setup or the flow, each with <c>title</c> and <c>mermaid</c>, and optionally <c>icon</c>
    /// and <c>description</c>. Each becomes its own section of the report; the page shows them under "Diagrams".
    /// </summary>
    public IReadOnlyList<Diagram> Diagrams { get; init; } = [];

    /// <summary>
    /// The procedure, in order. Each step is numbered ("Step 1") and has a <c>title</c>, its <c>commands</c>, and what was
    /// <c>expected</c>, seen (<c>actual</c>) and noted (<c>record</c>).
    /// </summary>
    public IReadOnlyList<Step> Steps { get; init; } = [];

    /// <summary>
    /// What the experiment showed: key <c>observations</c> and a table of <c>metrics</c>. The section also lists
    /// each objective with its <c>outcome</c> under "Objectives achieved".
    /// </summary>
    public Results? Results { get; init; }

    /// <summary>
    /// Problems met along the way, each numbered ("Problem 1") with <c>title</c>, <c>error</c>, <c>causes</c>,
    /// <c>solution</c> and <c>status</c>.
    /// </summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>Key learnings: the <c>concepts</c> understood, best <c>practices</c>, and <c>questions</c> to dig into.</summary>
    public Learnings? Learnings { get; init; }

    /// <summary>
    /// Further exploration beyond the steps: <c>variants</c> of the experiment that were tried, and <c>reading</c> notes
    /// on source code or documentation.
    /// </summary>
    public Exploration? Exploration { get; init; }

    /// <summary>
    /// What to do next: follow-up <c>experiments</c> by id, <c>knowledge</c> to fill in, and <c>applications</c> of
    /// what was learned.
    /// </summary>
    public NextSteps? NextSteps { get; init; }

    /// <summary>Links to further reading, each with <c>title</c> and <c>url</c>; listed under "References".</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>
    /// How the resources the experiment created were removed: the <c>commands</c> and a <c>status</c>
    /// (<c>cleaned</c>, <c>partial</c> or <c>pending</c>).
    /// </summary>
    public Cleanup? Cleanup { get; init; }

    /// <summary>
    /// Required. The experiment summed up: <c>one_line</c> (required) and optionally <c>detailed</c>.
    /// Shown under "Summary" at the end of the page and the report.
    /// </summary>
    public required Summary Summary { get; init; }

    /// <summary>
    /// Your ratings of the experiment, each a whole number of stars from 1 to 5: <c>knowledge</c>, <c>practice</c>
    /// and <c>recommendation</c>. Shown as stars at the end of the summary.
    /// </summary>
    public SelfAssessment? SelfAssessment { get; init; }

    /// <summary>
    /// Titled parts that fit no other section, each with <c>title</c>, <c>body</c> (Markdown), optionally
    /// <c>icon</c>, and <c>after</c>: the section it follows (<c>start</c>, <c>info</c>, <c>steps</c>, ... <c>summary</c>, the default).
    /// <c>sitegen import</c> keeps here what it cannot place elsewhere.
    /// </summary>
    public IReadOnlyList<ExtraSection> ExtraSections { get; init; } = [];

    /// <summary>The file this record came from and where its document starts.</summary>
    public SourceSpan Span { get; init; }
}
