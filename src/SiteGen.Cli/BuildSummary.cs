using SiteGen.Building;

namespace SiteGen.Cli;

/// <summary>What a build made, for the line <c>build</c> and <c>serve</c> end it with.</summary>
internal static class BuildSummary
{
    /// <summary>
    /// <c>48 pages, 6 reports, 2 other files and 12 files from the content</c>: the other files are the sitemap
    /// and robots.txt, the files from the content the images and resources records name (with images' smaller copies).
    /// </summary>
    public static string What(BuildResult result)
    {
        List<string> parts = [$"{result.Pages} pages", $"{result.Reports} reports"];
        if (result.OtherFiles > 0)
        {
            parts.Add($"{result.OtherFiles} other {(result.OtherFiles == 1 ? "file" : "files")}");
        }

        if (result.Published > 0)
        {
            parts.Add($"{result.Published} {(result.Published == 1 ? "file" : "files")} from the content");
        }

        return parts.Count == 2 ? $"{parts[0]} and {parts[1]}" : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
    }
}
