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

    public sealed record Result(int ExitCode, string Output, string Error);
}
