using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Schema;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen schema</c>: writes the JSON Schemas of a lab record and of <c>site.yaml</c>, generated from
/// SiteGen's model, for YAML-aware editors (completion, hover help, errors as you type).
/// </summary>
internal sealed class SchemaCommand : Command
{
    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();

    private readonly Option<DirectoryInfo?> _out = new("--out")
    {
        Description = "The folder to write lab-record.schema.json and site.schema.json to (default: schema/ in the content folder)",
        HelpName = "DIR",
    };

    public SchemaCommand()
        : base("schema", "Write the JSON Schemas of a record and of site.yaml, for editors")
    {
        Options.Add(_content);
        Options.Add(_out);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var display = PathDisplay.CurrentDirectory;
        var (files, problems) = SchemaFiles.Write(parse.GetValue(_content)!.FullName, parse.GetValue(_out)?.FullName, display);
        if (problems.Count > 0)
        {
            output.Write(DiagnosticFormatter.Report(problems, 1));
            output.Write("site.yaml could not be read, so localized texts in the record schema may use any language code.\n");
        }

        output.Write($"Wrote {string.Join(" and ", files.Select(display.Of))}.\n");
        return ExitCodes.Success;
    }
}
