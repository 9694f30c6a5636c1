using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The <c>sitegen</c> command line: parses arguments, runs a command, maps failures to exit codes.</summary>
public static class SiteGenApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SiteGen: turns YAML lab records into a bilingual study site and Markdown lab reports")
        {
            new CheckCommand(),
        };

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.Write($"sitegen: {problem.Message}\n");
            }

            error.Write("Run 'sitegen --help' for usage.\n");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex)
        {
            // Bad content never throws; anything that lands here is a bug in SiteGen.
            error.Write($"sitegen: internal error: {ex.GetType().Name}: {ex.Message}\nThis is a bug in SiteGen; please report it with the command you ran.\n");
            return ExitCodes.InternalError;
        }
    }
}
