using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Validation;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: checks the content, renders the site and reports, and replaces the output folder.</summary>
internal sealed class BuildCommand : Command
{
    private readonly BuildLocationOptions _locations = new();

    private readonly Option<int> _lockTimeout = new("--lock-timeout")
    {
        Description = "Seconds to wait for another build writing to the same output folder (0: fail at once)",
        DefaultValueFactory = _ => 60,
        HelpName = "SECONDS",
    };

    private readonly Option<string[]> _requireTranslation = CommonOptions.RequireTranslation();
    private readonly DiagnosticOptions _diagnostics = new();

    public BuildCommand()
        : base("build", "Check the content, then write the bilingual site and the Markdown reports")
    {
        _locations.AddTo(this);
        Options.Add(_lockTimeout);
        Options.Add(_requireTranslation);
        _diagnostics.AddTo(this);
        CommonOptions.Check(_lockTimeout, seconds => seconds >= 0, "--lock-timeout must be 0 or more seconds.");
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var display = PathDisplay.CurrentDirectory;
        var clock = Stopwatch.StartNew();
        var locations = _locations.Read(parse, display);
        var where = display.Of(locations.OutputDirectory);
        var progress = new BuildProgress(error, where, BuildProgress.IsInteractive(error));
        var options = locations with
        {
            LockTimeout = TimeSpan.FromSeconds(parse.GetValue(_lockTimeout)),
            Observer = progress,
            Translations = CommonOptions.Read(parse, _requireTranslation),
        };
        var hadSite = OutputManifest.IsIn(locations.OutputDirectory);
        var result = progress.Run(() => SiteBuilder.Build(options));
        clock.Stop();

        output.Write(_diagnostics.Report(parse, result.Diagnostics, result.FilesChecked));
        output.Write(TranslationSummary.Format(result.Coverage));

        if (!result.Succeeded)
        {
            output.Write(hadSite ? $"Build failed; {where} was left as it was.\n" : $"Build failed; nothing was written to {where}.\n");
            return ExitCodes.ContentErrors;
        }

        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"Built {BuildSummary.What(result)} into {where} in {clock.Elapsed.TotalSeconds:0.00} s: {result.Rendered} rendered, {result.Reused} reused.\n"));
        if (result.Interrupted)
        {
            output.Write("Interrupted: stopped after the new site was completely in place.\n");
            return ExitCodes.Interrupted;
        }

        return ExitCodes.Success;
    }

}
