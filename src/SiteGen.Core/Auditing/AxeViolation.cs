namespace SiteGen.Auditing;

/// <summary>One axe-core rule a page breaks, with each offending element (its selector, what is wrong, its markup).</summary>
/// <param name="HelpUrl">Deque's page on the rule: what it asks for and how to fix it.</param>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Nodes)
{
    /// <summary>Serious and critical violations fail the audit; moderate and minor ones do not.</summary>
    public bool Fails => Impact is "serious" or "critical";

    public override string ToString() =>
        $"{Id} ({Impact}): {Help} ({HelpUrl})\n" + string.Join("\n", Nodes.Select(n => "    " + n));
}
