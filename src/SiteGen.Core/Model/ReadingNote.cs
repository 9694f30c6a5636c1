namespace SiteGen.Model;

/// <summary>A note from reading source code or documentation.</summary>
public sealed record ReadingNote
{
    /// <summary>A source path or document name.</summary>
    public required string Location { get; init; }

    /// <summary>The key logic found there, such as <c>The controller creates and deletes Pods in order</c>. Shown as "Key logic".</summary>
    public Localized? Logic { get; init; }

    /// <summary>
    /// What the reading made clearer, such as <c>StatefulSet is Kubernetes' dedicated support for stateful apps</c>.
    /// Shown as "Insight".
    /// </summary>
    public Localized? Insight { get; init; }
}
