using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Scaffolding;
using SiteGen.Schema;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen new --chapter N "title"</c>: starts the record of a new experiment, with the next free id of the
/// chapter, every optional section as a commented example, and nothing <c>sitegen check</c> objects to.
/// A command line that cannot work whatever the content (a bad <c>--slug</c>, a title with nothing to make a
/// slug from) exits 2; a chapter site.yaml does not declare, a slug or file that is taken, exits 1.
/// </summary>
internal sealed class NewCommand : Command
{
    private readonly Argument<string> _title = new("title")
    {
        Description = "The experiment's title, in quotes; the slug is made from it unless --slug is given",
    };

    private readonly Option<int> _chapter = new("--chapter")
    {
        Description = "The number of the chapter, as declared in site.yaml",
        HelpName = "N",
        Required = true,
        CustomParser = ChapterNumber,
    };

    private readonly Option<string> _slug = new("--slug")
    {
        Description = "The page's name in URLs and in the file name: lowercase letters, digits and hyphens",
        HelpName = "SLUG",
    };

    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();

    public NewCommand()
        : base("new", "Start the record of a new experiment: the chapter's next id, every section as a commented example")
    {
        Arguments.Add(_title);
        Options.Add(_chapter);
        Options.Add(_slug);
        Options.Add(_content);
        _slug.Validators.Add(result => AddError(result, NewRecordRequest.SlugProblem(result.GetValueOrDefault<string>()!)));
        _title.Validators.Add(result => AddError(result, NewRecordRequest.TitleProblem(result.GetValueOrDefault<string>()!, SlugAskedFor(result))));
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var display = PathDisplay.CurrentDirectory;
        var request = new NewRecordRequest(parse.GetValue(_chapter), parse.GetValue(_title)!, parse.GetValue(_slug), DateOnly.FromDateTime(DateTime.Today));
        var plan = RecordScaffolder.Plan(parse.GetValue(_content)!.FullName, request, display);
        var problems = plan.Record is { } record ? RecordScaffolder.Create(record) : plan.Diagnostics;
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                output.Write(DiagnosticFormatter.Format(problem) + "\n");
            }

            output.Write("Nothing was created.\n");
            return ExitCodes.ContentErrors;
        }

        output.Write($"Created {plan.Record!.DisplayPath} (experiment {plan.Record.Id}). Run 'sitegen serve' to see it.\n");
        var content = parse.GetValue(_content)!.FullName;
        if (!File.Exists(Path.Combine(content, SchemaFiles.RecordPath)))
        {
            // The new file's first line points editors at the schema: make sure it is there.
            var (files, _) = SchemaFiles.Write(content, null, display);
            output.Write($"Wrote the JSON Schema editors read to {string.Join(" and ", files.Select(display.Of))}.\n");
        }

        return ExitCodes.Success;
    }

    /// <summary>The chapter number; a custom parser rather than a validator, as validators also run on text that is no number.</summary>
    private static int ChapterNumber(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var chapter))
        {
            result.AddError($"--chapter '{token}' is not a number; give the chapter's number from site.yaml, for example --chapter 2.");
            return 0;
        }

        AddError(result, NewRecordRequest.ChapterProblem(chapter));
        return chapter;
    }

    /// <summary>The text given with --slug, if it is given; read from the tokens, as its value may not be there yet.</summary>
    private string? SlugAskedFor(SymbolResult result) =>
        result.GetResult(_slug) is { } slug ? string.Concat(slug.Tokens.Select(t => t.Value)) : null;

    private static void AddError(SymbolResult result, string? problem)
    {
        if (problem is not null)
        {
            result.AddError(problem);
        }
    }
}
