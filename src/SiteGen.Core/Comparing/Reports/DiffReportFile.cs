namespace SiteGen.Comparing.Reports;

/// <summary>A diff report written to a file, in the format its name says: <c>.md</c>, <c>.json</c>, else HTML.</summary>
public static class DiffReportFile
{
    /// <param name="oldRoot">The old site's folder, for the HTML report's links; null when it is a temporary build.</param>
    /// <param name="newRoot">The same for the new site.</param>
    public static void Write(SiteDiff diff, string path, string? oldRoot, string? newRoot)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" => MarkdownDiffReport.Write(diff, int.MaxValue),
            ".json" => JsonDiffReport.Write(diff),
            _ => HtmlDiffReport.Write(diff, folder, oldRoot, newRoot),
        });
    }
}
