using System.Diagnostics;
using SiteGen.Cli;

namespace SiteGen.Cli.Tests;

/// <summary>Runs the <c>sitegen</c> command line in-process and captures what it prints.</summary>
internal static class Sitegen
{
    public static Result Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = SiteGenApp.Run(args, output, error);
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The real <c>sitegen</c> in a process of its own (the one this test project builds beside itself), output redirected.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitegen.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    public sealed record Result(int ExitCode, string Output, string Error);
}
