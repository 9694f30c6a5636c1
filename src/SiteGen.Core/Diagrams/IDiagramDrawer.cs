namespace SiteGen.Diagrams;

/// <summary>Draws Mermaid source into SVG. Thread-safe.</summary>
public interface IDiagramDrawer : IDisposable
{
    /// <param name="id">The SVG's id, unique on the page and the same every time for the same diagram.</param>
    DrawnDiagram Draw(string id, string source, bool dark);
}
