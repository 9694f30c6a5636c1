using System.Globalization;
using SiteGen.Building;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// What <c>sitegen build</c> says while it runs, on standard error so the report on standard output stays
/// clean. On a terminal, a build still running after a second shows a progress bar (Spectre.Console);
/// redirected, or under CI, it prints plain lines instead: how many pages there are, then each quarter done.
/// </summary>
internal sealed class BuildProgress(TextWriter error, string where, bool interactive) : BuildObserver
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private int _total;
    private int _done;
    private int _reported;

    /// <summary>Whether standard error is a terminal a progress bar can be drawn on.</summary>
    public static bool IsInteractive(TextWriter error) =>
        ReferenceEquals(error, Console.Error)
        && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>Runs the build, drawing its progress while it takes longer than a second.</summary>
    public BuildResult Run(Func<BuildResult> build)
    {
        if (!interactive)
        {
            return build();
        }

        var running = Task.Run(build);
        if (running.Wait(Quiet))
        {
            return running.Result;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var bar = context.AddTask("Checking");
                while (!running.Wait(TimeSpan.FromMilliseconds(100)))
                {
                    if (Volatile.Read(ref _total) is var total and > 0)
                    {
                        bar.Description = string.Create(CultureInfo.InvariantCulture, $"Building {total} pages");
                        bar.MaxValue = total;
                        bar.Value = Volatile.Read(ref _done);
                    }
                }
            });
        return running.Result;
    }

    public override void WaitingForOutputFolder(string holder) =>
        error.Write($"Waiting for another build to finish writing {where} ({holder})…\n");

    public override void PagesPlanned(int pages)
    {
        Volatile.Write(ref _total, pages);
        if (!interactive)
        {
            error.Write(string.Create(CultureInfo.InvariantCulture, $"Building {pages} pages…\n"));
        }
    }

    public override void PageFinished(string page, bool rendered)
    {
        var done = Interlocked.Increment(ref _done);
        var total = Volatile.Read(ref _total);
        if (interactive || total < 100)
        {
            return;
        }

        var quarter = done * 4 / total;
        if (quarter > Volatile.Read(ref _reported) && quarter < 4 && Interlocked.Exchange(ref _reported, quarter) < quarter)
        {
            lock (error)
            {
                error.Write(string.Create(CultureInfo.InvariantCulture, $"{done} of {total} pages done.\n"));
            }
        }
    }
}
