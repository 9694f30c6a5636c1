using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Scaffolding;
using SiteGen.Schema;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen init [DIR]</c>: starts a notes site of one's own (<see cref="SiteScaffolder"/>), which
/// <c>sitegen build</c> builds right away with the built-in theme. Exits 1, writing nothing, when DIR
/// already holds a site's files.
/// </summary>
internal sealed class InitCommand : Command
{
    private readonly Argument<DirectoryInfo> _directory = new("DIR")
    {
        Description = "The folder of the new site; created when missing. Default: the current folder",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    public InitCommand()
        : base("init", "Start a notes site of your own: site.yaml, an example record, a .gitignore and a GitHub Pages workflow (the theme comes with SiteGen)")
    {
        Arguments.Add(_directory);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var display = PathDisplay.CurrentDirectory;
        var directory = parse.GetValue(_directory)!.FullName;
        var (written, problems) = SiteScaffolder.Create(directory, DateOnly.FromDateTime(DateTime.Today), display);
        foreach (var problem in problems)
        {
            output.Write(DiagnosticFormatter.Format(problem) + "\n");
        }

        if (problems.Count > 0)
        {
            output.Write(written.Count == 0 ? "Nothing was created.\n" : $"Created {string.Join(", ", written.Select(display.Of))}, then stopped.\n");
            return ExitCodes.ContentErrors;
        }

        var content = Path.Combine(directory, "content");
        var (schemas, _) = SchemaFiles.Write(content, null, display);
        foreach (var file in written.Concat(schemas))
        {
            output.Write($"Created {display.Of(file)}\n");
        }

        var cd = Path.GetFullPath(directory) == Path.GetFullPath(Environment.CurrentDirectory) ? "" : $"cd {display.Of(directory)} && ";
        output.Write($"""

            Your site is ready. Next:
              {cd}sitegen serve                    preview it at http://localhost:1313 while you write
              sitegen new --chapter 1 "Title"   start the next experiment's record
              sitegen build                    write the site into site/
            Publish: push to GitHub and turn on Pages (Settings > Pages > Source: GitHub Actions); see the README's "Publish".

            """);
        return ExitCodes.Success;
    }
}
