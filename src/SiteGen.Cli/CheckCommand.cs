using System.CommandLine;
using SiteGen.Building;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Validation;

namespace SiteGen.Cli;

/// <summary><c>sitegen check</c>: validates the content and prints every diagnostic.</summary>
internal sealed class CheckCommand : Command
{
    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();
    private readonly Option<bool> _noCache = CommonOptions.NoCache();
    private readonly Option<string[]> _requireTranslation = CommonOptions.RequireTranslation();
    private readonly DiagnosticOptions _diagnostics = new();

    public CheckCommand()
        : base("check", "Validate the lab records and site.yaml, and print every problem found")
    {
        Options.Add(_content);
        Options.Add(_noCache);
        Options.Add(_requireTranslation);
        _diagnostics.AddTo(this);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(_content)!.FullName;
        var cache = parse.GetValue(_noCache) ? null : CheckCache.Open(BuildOptions.DefaultCacheDirectory, folder);
        var content = new ContentChecker(PathDisplay.CurrentDirectory, cache).Check(folder, requirements: CommonOptions.Read(parse, _requireTranslation));
        cache?.Save();
        var output = parse.InvocationConfiguration.Output;
        output.Write(_diagnostics.Report(parse, content.Diagnostics.Items, content.FilesRead));
        output.Write(TranslationSummary.Format(content.Coverage));
        return content.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
