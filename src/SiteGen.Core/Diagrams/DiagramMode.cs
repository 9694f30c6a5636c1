namespace SiteGen.Diagrams;

/// <summary>Where diagrams are drawn.</summary>
public enum DiagramMode
{
    /// <summary>At build time when a Chromium can be found, else in the reader's browser (with a warning).</summary>
    Auto,

    /// <summary>In the reader's browser, by Mermaid's script: the pages carry the diagrams' source.</summary>
    InBrowser,
}

/// <summary>The names of <see cref="DiagramMode"/> on the command line and in <c>$SITEGEN_DIAGRAMS</c>.</summary>
public static class DiagramModes
{
    public const string Variable = "SITEGEN_DIAGRAMS";

    public static readonly IReadOnlyDictionary<string, DiagramMode> Names = new Dictionary<string, DiagramMode>(StringComparer.Ordinal)
    {
        ["auto"] = DiagramMode.Auto,
        ["in-browser"] = DiagramMode.InBrowser,
    };

    /// <summary><c>$SITEGEN_DIAGRAMS</c> when it names a mode, else <see cref="DiagramMode.Auto"/>.</summary>
    public static DiagramMode FromEnvironment() =>
        Names.GetValueOrDefault(Environment.GetEnvironmentVariable(Variable) ?? "", DiagramMode.Auto);
}
