using SiteGen.Building;

namespace SiteGen.Cli;

/// <summary>What a build made, for the line <c>build</c> and <c>serve</c> end it with.</summary>
internal static class BuildSummary
{
    /// <summary><c>42 pages, 6 reports and 2 other files</c> (the other files: the sitemap, robots.txt).</summary>
    public static string What(BuildResult result) => result.OtherFiles == 0
        ? $"{result.Pages} pages and {result.Reports} reports"
        : $"{result.Pages} pages, {result.Reports} reports and {result.OtherFiles} other {(result.OtherFiles == 1 ? "file" : "files")}";
}
