namespace SiteGen.Model;

/// <summary>One numbered step of the procedure.</summary>
public sealed record Step
{
    /// <summary>What the step does, such as <c>Deploy the StatefulSet</c>. Shown as "Step 1: ...".</summary>
    public required Localized Title { get; init; }

    /// <summary>How long the step took, such as <c>20m</c> or <c>1.5h</c>; shown under its title.</summary>
    public ExperimentDuration? Duration { get; init; }

    /// <summary>
    /// The step's commands, in order: each a string, or <c>run</c> with an optional <c>comment</c>, <c>output</c>
    /// and <c>language</c>. Shown together as one terminal session under "Commands".
    /// </summary>
    public IReadOnlyList<Command> Commands { get; init; } = [];

    /// <summary>What should happen, one statement an item.</summary>
    public IReadOnlyList<Localized> Expected { get; init; } = [];

    /// <summary>What actually happened: the real output.</summary>
    public CodeBlock? Actual { get; init; }

    /// <summary>What to watch while the step runs.</summary>
    public IReadOnlyList<Localized> ObservationPoints { get; init; } = [];

    /// <summary>Notes taken while observing: timings, names, values.</summary>
    public CodeBlock? Record { get; init; }

    /// <summary>Further output or a screenshot's text.</summary>
    public CodeBlock? ExtraOutput { get; init; }

    /// <summary>
    /// Images of what the step showed, each with <c>file</c> (relative to the record), <c>caption</c> and <c>alt</c>.
    /// Shown after the step's output, on the page and in the report.
    /// </summary>
    public IReadOnlyList<Screenshot> Screenshots { get; init; } = [];

    /// <summary>Free prose (Markdown) about the step.</summary>
    public Localized? Notes { get; init; }
}
