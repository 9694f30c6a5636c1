using System.CommandLine;
using SiteGen.Building;
using SiteGen.Comparing;
using SiteGen.Comparing.Reports;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen diff</c>: what a change did to the site, output by output: two built sites, or the site at a
/// git revision against the working tree's content. Prints a summary (or Markdown, or JSON) and writes an
/// HTML report a reviewer can read.
/// </summary>
internal sealed class DiffCommand : Command
{
    private readonly Argument<DirectoryInfo[]> _sites = new("sites")
    {
        Description = "OLD and NEW: two built site folders (with --rev, at most NEW; default: the working tree's content, built)",
        Arity = new ArgumentArity(0, 2),
    };

    private readonly Option<string?> _rev = new("--rev")
    {
        Description = "Compare with the site as it was at this git revision (HEAD~1, main, a tag), built from a temporary worktree",
        HelpName = "REV",
    };

    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();
    private readonly Option<DirectoryInfo?> _templates = CommonOptions.Templates();

    private readonly Option<string> _format = new("--format")
    {
        Description = "What to print: summary, md (a pull-request comment) or json",
        DefaultValueFactory = _ => "summary",
        HelpName = "FORMAT",
    };

    private readonly Option<FileInfo?> _report = new("--report")
    {
        Description = "Also write the report to this file: .html (one self-contained page), .md or .json",
        HelpName = "FILE",
    };

    private readonly Option<bool> _exitCode = new("--exit-code")
    {
        Description = "Exit with 1 when any output differs, as git diff --exit-code does",
    };

    public DiffCommand()
        : base("diff", "Show what a change did to every page and report: two built sites, or --rev REV against the working tree")
    {
        Arguments.Add(_sites);
        Options.Add(_rev);
        Options.Add(_content);
        Options.Add(_templates);
        Options.Add(_format);
        Options.Add(_report);
        Options.Add(_exitCode);
        _format.AcceptOnlyFromAmong("summary", "md", "json");
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var display = PathDisplay.CurrentDirectory;
        var sites = parse.GetValue(_sites) ?? [];
        var revision = parse.GetValue(_rev);
        if (revision is null && sites.Length != 2)
        {
            error.Write("sitegen: diff needs two built site folders (OLD NEW), or --rev REV to compare with the site at a git revision.\n");
            return ExitCodes.Usage;
        }

        if (revision is not null && sites.Length > 1)
        {
            error.Write("sitegen: with --rev, give at most one site folder (the new side).\n");
            return ExitCodes.Usage;
        }

        var disposables = new List<IDisposable>();
        try
        {
            var content = parse.GetValue(_content)!.FullName;
            var templates = CommonOptions.TemplatesOf(parse, _templates, _content);
            string oldRoot, newRoot, oldName, newName;
            if (revision is null)
            {
                (oldRoot, newRoot) = (sites[0].FullName, sites[1].FullName);
                (oldName, newName) = (display.Of(oldRoot), display.Of(newRoot));
            }
            else
            {
                var checkedOut = GitRevision.CheckOut(content, revision, out var problem);
                if (checkedOut is null)
                {
                    error.Write($"sitegen: {problem}\n");
                    return ExitCodes.ContentErrors;
                }

                disposables.Add(checkedOut);
                var before = Build(checkedOut.PathOf(content), checkedOut.PathOf(templates), $"the site at {revision}", display, error, disposables);
                if (before is null)
                {
                    return ExitCodes.ContentErrors;
                }

                (oldRoot, oldName) = (before, revision);
                if (sites.Length == 1)
                {
                    (newRoot, newName) = (sites[0].FullName, display.Of(sites[0].FullName));
                }
                else
                {
                    var after = Build(content, templates, "the working tree's site", display, error, disposables);
                    if (after is null)
                    {
                        return ExitCodes.ContentErrors;
                    }

                    (newRoot, newName) = (after, "working tree");
                }
            }

            foreach (var folder in new[] { oldRoot, newRoot }.Where(f => !Directory.Exists(f)))
            {
                error.Write($"sitegen: {display.Of(folder)} is not a folder; build the site into it first.\n");
                return ExitCodes.Usage;
            }

            var diff = SiteComparer.Compare(BuiltSite.Read(oldRoot), BuiltSite.Read(newRoot), oldName, newName);
            output.Write(parse.GetValue(_format) switch
            {
                "md" => MarkdownDiffReport.Write(diff),
                "json" => JsonDiffReport.Write(diff),
                _ => Summary(diff),
            });
            if (parse.GetValue(_report) is { } report)
            {
                DiffReportFile.Write(diff, report.FullName, revision is null ? oldRoot : null, revision is null || sites.Length == 1 ? newRoot : null);
                output.Write($"Wrote the report to {display.Of(report.FullName)}.\n");
            }

            return parse.GetValue(_exitCode) && diff.HasChanges ? ExitCodes.ContentErrors : ExitCodes.Success;
        }
        finally
        {
            foreach (var disposable in Enumerable.Reverse(disposables))
            {
                disposable.Dispose();
            }
        }
    }

    /// <summary>Builds one side into a temporary folder; null, with the errors printed, when it does not build.</summary>
    private static string? Build(string content, string templates, string what, PathDisplay display, TextWriter error, List<IDisposable> disposables)
    {
        var build = ScratchBuild.Run(content, templates, display, BuildOptions.DefaultCacheDirectory);
        disposables.Add(build);
        if (build.Result.Succeeded)
        {
            return build.Site;
        }

        error.Write(DiagnosticFormatter.Report(build.Result.Diagnostics, build.Result.FilesChecked, groupTranslations: true));
        error.Write($"sitegen: {what} does not build, so there is nothing to compare.\n");
        return null;
    }

    /// <summary>A line per changed output and a count per kind: what a terminal wants.</summary>
    public static string Summary(SiteDiff diff)
    {
        var text = new System.Text.StringBuilder();
        foreach (var output in diff.Differences)
        {
            text.Append(output.Change switch { ChangeKind.Added => "A ", ChangeKind.Removed => "D ", _ => "M " }).Append(output.Path).Append('\n');
        }

        text.Append($"{diff.Count(ChangeKind.Changed)} changed, {diff.Count(ChangeKind.Added)} added, {diff.Count(ChangeKind.Removed)} removed, {diff.Count(ChangeKind.Unchanged)} unchanged ({diff.OldName} → {diff.NewName}).\n");
        return text.ToString();
    }
}
