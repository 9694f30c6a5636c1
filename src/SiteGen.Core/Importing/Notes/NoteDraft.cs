using SiteGen.Model;

namespace SiteGen.Importing.Notes;

/// <summary>The parts of a record read from a note, before it has an id, slug and chapter of the site's.</summary>
internal sealed class NoteDraft
{
    public string? Title { get; set; }
    public int TitleLine { get; set; }
    public string? Id { get; set; }
    public int IdLine { get; set; }
    public DateOnly? Date { get; set; }
    public ExperimentDuration? Duration { get; set; }
    public string? Author { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? Description { get; set; }
    public List<Objective> Objectives { get; } = [];
    public List<string> Resources { get; } = [];
    public List<Command> Environment { get; } = [];
    public List<Diagram> Diagrams { get; } = [];
    public List<Step> Steps { get; } = [];
    public List<Observation> Observations { get; } = [];
    public List<Metric> Metrics { get; } = [];

    /// <summary>The results' screenshots, with their paths as the note writes them.</summary>
    public List<Screenshot> Screenshots { get; } = [];
    public bool HasResults { get; set; }
    public List<Problem> Problems { get; } = [];
    public Learnings? Learnings { get; set; }
    public Exploration? Exploration { get; set; }
    public NextSteps? NextSteps { get; set; }
    public List<Reference> References { get; } = [];
    public Cleanup? Cleanup { get; set; }
    public string? OneLine { get; set; }
    public string? Detailed { get; set; }
    public SelfAssessment? SelfAssessment { get; set; }
    public List<ExtraSection> Extras { get; } = [];

    /// <summary>The record, in <paramref name="language"/>, once the site has given it an id, slug and chapter.</summary>
    public LabRecord ToRecord(string id, string slug, int chapter, string language)
    {
        Localized Text(string text) => Localized.Of(new Dictionary<string, string> { [language] = text });
        return new LabRecord
        {
            Id = id,
            Slug = slug,
            Chapter = chapter,
            Title = Text(Title!),
            Date = Date!.Value,
            Duration = Duration,
            Author = Author is null ? null : Text(Author),
            CompletedAt = CompletedAt,
            Description = Description is null ? null : Text(Description),
            Objectives = Objectives,
            Resources = Resources,
            Environment = Environment,
            Diagrams = Diagrams,
            Steps = Steps,
            Results = HasResults ? new Results { Observations = Observations, Metrics = Metrics, Screenshots = Screenshots } : null,
            Problems = Problems,
            Learnings = Learnings,
            Exploration = Exploration,
            NextSteps = NextSteps,
            References = References,
            Cleanup = Cleanup,
            Summary = new Summary { OneLine = Text(OneLine!), Detailed = Detailed is null ? null : Text(Detailed) },
            SelfAssessment = SelfAssessment,
            ExtraSections = Extras,
        };
    }
}
