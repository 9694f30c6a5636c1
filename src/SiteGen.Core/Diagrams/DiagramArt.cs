namespace SiteGen.Diagrams;

/// <summary>A diagram drawn in the site's light and dark themes.</summary>
public sealed record DiagramArt(string LightSvg, string DarkSvg);

/// <summary>Why Mermaid could not draw a diagram: its message, and the line of the diagram's source it names (1-based), if any.</summary>
public sealed record DiagramError(string Message, int? Line);

/// <summary>What drawing one diagram in one theme gave: the SVG, or the error.</summary>
public sealed record DrawnDiagram(string? Svg, DiagramError? Error);
