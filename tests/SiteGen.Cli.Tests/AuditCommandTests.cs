using System.Diagnostics;
using SiteGen.Cli;

namespace SiteGen.Cli.Tests;

/// <summary>
/// <c>sitegen audit</c> without what it runs: a clear message naming the package to install or the variable to set,
/// exit 1, no stack trace. (What it finds on a site is tested in the browser tests, which have Chromium.)
/// Run as a process of its own, as the variables are read from the environment.
/// </summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("sitegen-audit-").FullName;

    public AuditCommandTests() => File.WriteAllText(Path.Combine(_site, "index.html"), "<!doctype html><title>x</title>");

    [Fact]
    public async Task Audit_WhenSitegenChromiumNamesAMissingFile_SaysSoAndHowToGetOne_AndExitsOne()
    {
        // JAVA names a file that exists (never run: the audit stops before), so only the browser is missing.
        var run = await RunAsync(("SITEGEN_CHROMIUM", "/nonexistent/chromium"), ("JAVA", Environment.ProcessPath));

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("error SG0710: SITEGEN_CHROMIUM is set to '/nonexistent/chromium', which does not exist: point it at a Chromium or Chrome binary, or unset it to use the installed Chromium (Debian and Ubuntu: sudo apt-get install chromium).", run.Output);
        Assert.EndsWith("The site was not audited.\n", run.Output);
        Assert.DoesNotContain("Java", run.Output); // only what is missing is named
        NoStackTrace(run);
    }

    [Fact]
    public async Task Audit_WhenJavaIsMissing_NamesTheDebianPackage_AndExitsOne()
    {
        var run = await RunAsync(("JAVA", "/nonexistent/java"));

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("error SG0710: JAVA is set to '/nonexistent/java', which does not exist: point it at a java binary, or unset it to use the installed Java (Debian and Ubuntu: sudo apt-get install default-jre-headless).", run.Output);
        NoStackTrace(run);
    }

    [Fact]
    public async Task Audit_WithNoJavaOnThePath_NamesTheDebianPackage()
    {
        var run = await RunAsync(("JAVA", null), ("JAVA_HOME", null), ("PATH", "/nonexistent"));

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("sitegen audit runs the Nu HTML Checker, which needs Java, and found none: install it (Debian and Ubuntu: sudo apt-get install default-jre-headless) or set JAVA to a java binary.", run.Output);
        NoStackTrace(run);
    }

    [Fact]
    public void Audit_WithABaseUrlThatIsNotAnHttpUrl_IsAUsageError()
    {
        var run = Sitegen.Run("audit", _site, "--base-url", "notes/");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("sitegen: --base-url must be an absolute http or https URL, such as https://user.github.io/notes/.\nRun 'sitegen --help' for usage.\n", run.Error);
    }

    private static void NoStackTrace((int ExitCode, string Output, string Error) run)
    {
        Assert.DoesNotContain("   at ", run.Output + run.Error);
        Assert.DoesNotContain("Exception", run.Output + run.Error);
    }

    /// <summary>The real <c>sitegen audit</c> on the folder, in a process whose environment has these variables set (or, with null, removed).</summary>
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params (string Name, string? Value)[] environment)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitegen.dll"));
        start.ArgumentList.Add("audit");
        start.ArgumentList.Add(_site);
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);
}
