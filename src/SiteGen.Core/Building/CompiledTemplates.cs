using SiteGen.Rendering.Html;
using SiteGen.Rendering.Reports;

namespace SiteGen.Building;

/// <summary>The page and report templates, compiled; <see cref="Key"/> is the hash of their files, so they are compiled again only when a file changes.</summary>
internal sealed record CompiledTemplates(string Key, RazorPageRenderer Razor, ScribanReportRenderer Reports);
