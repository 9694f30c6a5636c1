namespace SiteGen.Model;

/// <summary>A to-do style item: an open question, a gap in knowledge to fill.</summary>
public sealed record Checkable
{
    /// <summary>The question or topic, such as <c>StatefulSet update strategies in depth</c>. Shown next to a checkbox.</summary>
    public required Localized Text { get; init; }

    /// <summary><c>true</c> once it has been looked into: its box is ticked. Leave it out (or write <c>false</c>) while it is still open.</summary>
    public bool Done { get; init; }
}
