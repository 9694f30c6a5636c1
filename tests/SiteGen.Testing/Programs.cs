using System.Diagnostics;
using Xunit;

namespace SiteGen.Testing;

/// <summary>Runs another program (git, dotnet, an installed sitegen) from a test, as a user would at a shell.</summary>
public static class Programs
{
    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="directory"/> to its end and returns what it printed;
    /// fails the test, with everything it printed, when it exits with anything but 0. Both streams are read at
    /// once, so a program that writes much to one of them never blocks on the other.
    /// </summary>
    public static string Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output}\n{error.Result}");
        return output;
    }
}
