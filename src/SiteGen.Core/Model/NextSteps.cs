namespace SiteGen.Model;

/// <summary>What comes after this experiment.</summary>
public sealed record NextSteps
{
    /// <summary>
    /// Experiments to do next, each named by its id (<c>experiment: "2.2"</c>) with <c>done</c>. Listed under
    /// "Follow-up experiments" with the experiment's title and a link to its page; an id with no record is a warning.
    /// </summary>
    public IReadOnlyList<FollowUp> Experiments { get; init; } = [];

    /// <summary>Topics to read up on, each with <c>text</c> and <c>done</c>. Shown as a checklist under "Knowledge to fill in".</summary>
    public IReadOnlyList<Checkable> Knowledge { get; init; } = [];

    /// <summary>
    /// Ideas for using what was learned, one an item, such as <c>A MySQL primary/replica cluster</c>.
    /// Shown numbered ("Application 1") under "Application ideas".
    /// </summary>
    public IReadOnlyList<Localized> Applications { get; init; } = [];
}
