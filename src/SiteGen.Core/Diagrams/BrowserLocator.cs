namespace SiteGen.Diagrams;

/// <summary>
/// Finds a Chromium to draw diagrams with: <c>$SITEGEN_CHROMIUM</c> when set, else Debian's binary, else
/// the first of the usual names on the <c>PATH</c>. Only looks; nothing is started.
/// </summary>
public static class BrowserLocator
{
    public const string Variable = "SITEGEN_CHROMIUM";

    /// <summary>What to run to get one, for the message when there is none.</summary>
    public const string InstallHint = "install one (Debian and Ubuntu: sudo apt-get install chromium) or set " + Variable + " to a Chromium or Chrome binary";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome", "chrome"];

    /// <summary>The browser's path; null when there is none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen)
        {
            return File.Exists(chosen) ? chosen : null;
        }

        // /usr/bin/chromium is a shell wrapper that adds flags from /etc/chromium.d; the binary itself is steadier.
        if (File.Exists("/usr/lib/chromium/chromium"))
        {
            return "/usr/lib/chromium/chromium";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return Names
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
