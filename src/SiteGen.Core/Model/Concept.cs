namespace SiteGen.Model;

/// <summary>A concept understood through the experiment.</summary>
public sealed record Concept
{
    /// <summary>The concept, such as <c>Headless Service</c>; often one string for every language. Shown in bold as the item's heading.</summary>
    public required Localized Name { get; init; }

    /// <summary>What it is, in a sentence, such as <c>A Service that is not assigned a ClusterIP</c>. Shown as "Definition".</summary>
    public required Localized Definition { get; init; }

    /// <summary>Where it is used, such as <c>Databases, message queues, distributed storage</c>. Shown as "Use cases".</summary>
    public Localized? UseCases { get; init; }

    /// <summary>What to keep in mind when using it, such as <c>Every Pod gets its own DNS record</c>. Shown as "Caveats".</summary>
    public Localized? Caveats { get; init; }
}
