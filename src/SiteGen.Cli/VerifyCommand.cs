using System.CommandLine;
using SiteGen.Building;
using SiteGen.Comparing;
using SiteGen.Comparing.Reports;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen verify</c>: builds the site and compares every output with the approved snapshot kept in the
/// repository; any difference writes the diff report and exits 1 (for CI). <c>--accept</c> makes the
/// outputs just built the approved ones: Verify's received/verified workflow, for a whole site.
/// </summary>
internal sealed class VerifyCommand : Command
{
    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();
    private readonly Option<DirectoryInfo?> _templates = CommonOptions.Templates();

    private readonly Option<DirectoryInfo?> _approved = new("--approved")
    {
        Description = $"The folder with the approved outputs (default: {ApprovedSite.DefaultFolder}/ beside the content folder)",
        HelpName = "DIR",
    };

    private readonly Option<bool> _accept = new("--accept")
    {
        Description = "Make the outputs of this build the approved ones",
    };

    private readonly Option<FileInfo?> _report = new("--report")
    {
        Description = "Where to write the HTML report when something differs (default: site-diff.html beside the approved folder)",
        HelpName = "FILE",
    };

    public VerifyCommand()
        : base("verify", "Build, and compare every page and report with the approved snapshot; --accept approves this build")
    {
        Options.Add(_content);
        Options.Add(_templates);
        Options.Add(_approved);
        Options.Add(_accept);
        Options.Add(_report);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var display = PathDisplay.CurrentDirectory;
        var content = parse.GetValue(_content)!.FullName;
        var approved = parse.GetValue(_approved)?.FullName ?? Path.Combine(Path.GetDirectoryName(content)!, ApprovedSite.DefaultFolder);
        using var build = ScratchBuild.Run(content, CommonOptions.TemplatesOf(parse, _templates, _content), display, BuildOptions.DefaultCacheDirectory);
        if (!build.Result.Succeeded)
        {
            output.Write(DiagnosticFormatter.Report(build.Result.Diagnostics, build.Result.FilesChecked, groupTranslations: true));
            output.Write("The site does not build, so there is nothing to verify.\n");
            return ExitCodes.ContentErrors;
        }

        var built = BuiltSite.Read(build.Site);
        if (parse.GetValue(_accept))
        {
            var (written, removed) = ApprovedSite.Accept(built, approved);
            output.Write($"Approved {built.Files.Count} outputs in {display.Of(approved)} ({written} written, {removed} removed).\n");
            return ExitCodes.Success;
        }

        if (!Directory.Exists(approved))
        {
            output.Write($"There is no approved snapshot in {display.Of(approved)} yet; run 'sitegen verify --accept' to approve this build.\n");
            return ExitCodes.ContentErrors;
        }

        var diff = SiteComparer.Compare(BuiltSite.Read(approved), built, "approved", "this build");
        output.Write(DiffCommand.Summary(diff));
        if (!diff.HasChanges)
        {
            return ExitCodes.Success;
        }

        var report = parse.GetValue(_report)?.FullName ?? Path.Combine(Path.GetDirectoryName(approved)!, "site-diff.html");
        DiffReportFile.Write(diff, report, approved, null);
        output.Write($"The site differs from the approved snapshot: see {display.Of(report)}. If the changes are right, run 'sitegen verify --accept'.\n");
        return ExitCodes.ContentErrors;
    }
}
