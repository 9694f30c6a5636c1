using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Validation;

namespace SiteGen.Cli;

/// <summary><c>sitegen check</c>: validates the content and prints every diagnostic.</summary>
internal sealed class CheckCommand : Command
{
    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();

    public CheckCommand()
        : base("check", "Validate the lab records and site.yaml, and print every problem found")
    {
        Options.Add(_content);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var content = ContentLoader.Load(parse.GetValue(_content)!.FullName);
        output.Write(DiagnosticFormatter.Report(content.Diagnostics.Concat(TranslationCoverage.Missing(content)), content.FilesRead));
        return content.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
