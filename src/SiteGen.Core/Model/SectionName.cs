namespace SiteGen.Model;

/// <summary>
/// A section of the experiment page and report, in their order. YAML: <c>start</c> (before every section),
/// <c>info</c>, <c>diagrams</c>, <c>steps</c>, <c>results</c>, <c>problems</c>, <c>learnings</c>,
/// <c>exploration</c>, <c>next-steps</c>, <c>references</c>, <c>cleanup</c>, <c>summary</c>.
/// </summary>
public enum SectionName
{
    Start,
    Info,
    Diagrams,
    Steps,
    Results,
    Problems,
    Learnings,
    Exploration,
    NextSteps,
    References,
    Cleanup,
    Summary,
}
