using SiteGen.Diagrams;

namespace SiteGen.Auditing;

/// <summary>
/// What an audit runs: a Chromium (found as the build finds one for diagrams), a Java for the Nu HTML Checker
/// (<c>$JAVA</c>, <c>$JAVA_HOME/bin/java</c>, else <c>java</c> on the <c>PATH</c>), and the axe-core and vnu.jar
/// files shipped with SiteGen under <c>vendor/</c>.
/// </summary>
public sealed record AuditTools(string Chromium, string Java, string AxeScript, string VnuJar)
{
    public const string JavaVariable = "JAVA";

    /// <summary>axe-core's script, relative to the vendor folder.</summary>
    public const string AxePath = "axe-core/axe.min.js";

    /// <summary>The Nu HTML Checker, relative to the vendor folder.</summary>
    public const string VnuPath = "vnu/vnu.jar";

    /// <summary>Finds every tool; when one is missing, <paramref name="missing"/> says which and how to get it, one sentence each.</summary>
    public static AuditTools? Find(string vendorDirectory, out IReadOnlyList<string> missing)
    {
        var problems = new List<string>();
        var chromium = BrowserLocator.Find();
        if (chromium is null)
        {
            problems.Add(Environment.GetEnvironmentVariable(BrowserLocator.Variable) is { Length: > 0 } chosen
                ? $"{BrowserLocator.Variable} is set to '{chosen}', which does not exist: point it at a Chromium or Chrome binary, or unset it to use the installed Chromium (Debian and Ubuntu: sudo apt-get install chromium)."
                : $"sitegen audit looks at the pages in Chromium and found none: install it (Debian and Ubuntu: sudo apt-get install chromium) or set {BrowserLocator.Variable} to a Chromium or Chrome binary.");
        }

        var java = FindJava();
        if (java is null)
        {
            problems.Add(Environment.GetEnvironmentVariable(JavaVariable) is { Length: > 0 } chosen
                ? $"{JavaVariable} is set to '{chosen}', which does not exist: point it at a java binary, or unset it to use the installed Java (Debian and Ubuntu: sudo apt-get install default-jre-headless)."
                : $"sitegen audit runs the Nu HTML Checker, which needs Java, and found none: install it (Debian and Ubuntu: sudo apt-get install default-jre-headless) or set {JavaVariable} to a java binary.");
        }

        var axe = Path.Combine(vendorDirectory, AxePath);
        var vnu = Path.Combine(vendorDirectory, VnuPath);
        foreach (var (file, name) in new[] { (axe, "axe-core"), (vnu, "the Nu HTML Checker (vnu.jar)") })
        {
            if (!File.Exists(file))
            {
                problems.Add($"{name} is missing from SiteGen's own files (expected at {file}): install SiteGen again, or in a clone of SiteGen run 'npm ci' and build again.");
            }
        }

        missing = problems;
        return problems.Count == 0 ? new AuditTools(chromium!, java!, axe, vnu) : null;
    }

    /// <summary>The java binary to run; null when there is none.</summary>
    public static string? FindJava()
    {
        if (Environment.GetEnvironmentVariable(JavaVariable) is { Length: > 0 } chosen)
        {
            return File.Exists(chosen) ? chosen : null;
        }

        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "java")))
        {
            return Path.Combine(home, "bin", "java");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "java.exe" : "java"))
            .FirstOrDefault(File.Exists);
    }
}
