using System.CommandLine;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// How a command prints its diagnostics (<c>--verbose</c>, <c>--log FILE</c>): by default the missing
/// translations of a file are one line per language; <c>--verbose</c> prints each, and <c>--log</c> writes
/// every diagnostic in full to a file as well.
/// </summary>
internal sealed class DiagnosticOptions
{
    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Print every missing translation on its own, instead of one line per file and language",
    };

    private readonly Option<FileInfo?> _log = new("--log")
    {
        Description = "Also write every diagnostic in full to FILE",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_verbose);
        command.Options.Add(_log);
    }

    /// <summary>The diagnostics and the summary line, as the command line asks for them.</summary>
    public string Report(ParseResult parse, IEnumerable<Diagnostic> diagnostics, int files)
    {
        var all = diagnostics.ToList();
        var full = DiagnosticFormatter.Report(all, files);
        if (parse.GetValue(_log) is { } log)
        {
            log.Directory?.Create();
            File.WriteAllText(log.FullName, full);
        }

        return parse.GetValue(_verbose) ? full : DiagnosticFormatter.Report(all, files, groupTranslations: true);
    }
}
