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

    public required Localized Title { get; init; }

    public required DateOnly Date { get; init; }

    public ExperimentDuration? Duration { get; init; }

    public Localized? Author { get; init; }

    /// <summary>When the record was finished, local time as written.</summary>
    public DateTime? CompletedAt { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A sentence or two introducing the experiment; used as the page description.</summary>
    public Localized? Description { get; init; }

    public IReadOnlyList<Objective> Objectives { get; init; } = [];

    /// <summary>Paths of the manifests and scripts the experiment uses.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    public IReadOnlyList<Command> Environment { get; init; } = [];

    public IReadOnlyList<Diagram> Diagrams { get; init; } = [];

    public IReadOnlyList<Step> Steps { get; init; } = [];

    public Results? Results { get; init; }

    public IReadOnlyList<Problem> Problems { get; init; } = [];

    public Learnings? Learnings { get; init; }

    public Exploration? Exploration { get; init; }

    public NextSteps? NextSteps { get; init; }

    public IReadOnlyList<Reference> References { get; init; } = [];

    public Cleanup? Cleanup { get; init; }

    public required Summary Summary { get; init; }

    public SelfAssessment? SelfAssessment { get; init; }

    /// <summary>The file this record came from and where its document starts.</summary>
    public SourceSpan Span { get; init; }
}
