using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace SiteGen.Cli;

/// <summary>The <c>sitegen</c> command line: parses arguments, runs a command, maps failures to exit codes.</summary>
public static class SiteGenApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SiteGen: turns YAML lab records into a bilingual study site and Markdown lab reports")
        {
            new CheckCommand(),
            new BuildCommand(),
            new Serving.ServeCommand(),
            new SchemaCommand(),
            new DiffCommand(),
            new VerifyCommand(),
            new InitCommand(),
            new AuditCommand(),
            new NewCommand(),
            new ImportCommand(),
        };

        // The default --version reads the entry assembly, which is a test host when run in-process.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersionAction();

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        if (args.Length == 0)
        {
            error.Write($"sitegen: say what to do: {Listed(commands, "or")}. Run 'sitegen --help' for usage.\n");
            return ExitCodes.Usage;
        }

        if (!args[0].StartsWith('-') && !commands.Contains(args[0], StringComparer.Ordinal))
        {
            var hint = Diagnostics.Suggestions.Nearest(args[0], commands) is { } near ? $" Did you mean '{near}'?" : "";
            error.Write($"sitegen: '{args[0]}' is not a sitegen command.{hint} The commands are {Listed(commands, "and")}. Run 'sitegen --help' for usage.\n");
            return ExitCodes.Usage;
        }

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

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string Listed(IReadOnlyList<string> items, string conjunction) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}";

    /// <summary>SiteGen's informational version, without the source-revision suffix.</summary>
    public static string Version { get; } =
        (typeof(SiteGenApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.Write(Version + "\n");
            return ExitCodes.Success;
        }
    }
}
