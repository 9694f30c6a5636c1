using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Validation;

namespace SiteGen.Cli.Serving;

/// <summary>
/// <c>sitegen serve</c>: builds, serves the output folder on 127.0.0.1, rebuilds what changed when content or
/// templates are saved, and reloads the open pages; errors show over the last good site until fixed.
/// </summary>
internal sealed class ServeCommand : Command
{
    private readonly BuildLocationOptions _locations = new();

    private readonly Option<int> _port = new("--port")
    {
        Description = "The port to serve on (0: any free port)",
        DefaultValueFactory = _ => 1313,
        HelpName = "N",
    };

    private readonly Option<string> _host = new("--host")
    {
        Description = "The address to listen on; anything but 127.0.0.1 or ::1 lets other machines read the site",
        DefaultValueFactory = _ => "127.0.0.1",
        HelpName = "ADDRESS",
    };

    private readonly Option<bool> _open = new("--open")
    {
        Description = "Open the site in the default browser once it is served",
    };

    public ServeCommand()
        : base("serve", "Build, serve the site on 127.0.0.1, and rebuild and reload open pages as you edit")
    {
        _locations.AddTo(this);
        Options.Add(_port);
        Options.Add(_host);
        Options.Add(_open);
        CommonOptions.Check(_port, port => port is >= 0 and <= 65535, "--port must be between 0 and 65535.");
        CommonOptions.Check(_host, host => IPAddress.TryParse(host, out _), "--host must be an IP address, such as 127.0.0.1 or 0.0.0.0.");
        SetAction((parse, cancel) => RunAsync(parse, cancel));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var display = PathDisplay.CurrentDirectory;
        // A preview shows the pages of a site still being translated: a required language falling short is a warning here.
        // Edits show at once: the search index of the first build is kept while serving (indexing a large site takes seconds).
        var options = _locations.Read(parse, display) with { Translations = TranslationRequirements.Advisory, KeepSearchIndex = true };
        var where = display.Of(options.OutputDirectory);
        var host = IPAddress.Parse(parse.GetValue(_host)!);

        var site = new LiveSite(options);
        var clock = Stopwatch.StartNew();
        var first = new BuildProgress(error, where, BuildProgress.IsInteractive(error)).Run(site.BuildNow);
        Report(output, first, clock.Elapsed, where, initial: true);
        site.Built += (_, result, elapsed) => Report(output, result, elapsed, where, initial: false);

        DevServer server;
        try
        {
            server = await DevServer.StartAsync(site, host, parse.GetValue(_port), cancel);
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
            || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            error.Write($"sitegen: port {parse.GetValue(_port)} on {host} is in use; pass --port with another number, or --port 0 for any free port.\n");
            await site.DisposeAsync();
            return ExitCodes.ContentErrors;
        }

        await using (server)
        {
            if (!IPAddress.IsLoopback(host))
            {
                error.Write($"Warning: listening on {host}: anyone who can reach this machine on port {server.Address.Port} can read the site.\n");
            }

            output.Write($"Serving {where} at {server.Address} (watching {display.Of(options.ContentDirectory)} and {display.Of(options.TemplatesDirectory)}). Press Ctrl+C to stop.\n");
            output.Flush();
            if (parse.GetValue(_open))
            {
                OpenBrowser(server.Address, error);
            }

            // Ctrl+C (SIGINT) and SIGTERM stop the server, once, here: the handlers cancel the default
            // termination, so a build that is moving files finishes before the process ends.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await Task.WhenAny(server.Stopping, Task.Delay(Timeout.Infinite, stop.Token)).ConfigureAwait(false);

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        }

        output.Write("Stopped.\n");
        return ExitCodes.Success;
    }

    private static readonly Lock ReportGate = new();

    private static void Report(TextWriter output, BuildResult result, TimeSpan elapsed, string where, bool initial)
    {
        lock (ReportGate)
        {
            var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            if (result.Diagnostics.Count > 0)
            {
                output.Write(DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked, groupTranslations: true));
            }

            output.Write(result.Succeeded
                ? string.Create(CultureInfo.InvariantCulture,
                    $"[{time}] {(initial ? "Built" : "Rebuilt")} {BuildSummary.What(result)} into {where} in {elapsed.TotalMilliseconds:0} ms: {result.Rendered} rendered, {result.Reused} reused.\n")
                : $"[{time}] Build failed; the pages show the errors over the last good site.\n");
            output.Flush();
        }
    }

    private static void OpenBrowser(Uri address, TextWriter error)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, address.ToString()) { UseShellExecute = false });
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.Write($"Could not open a browser ({opener}: {ex.Message}); open {address} yourself.\n");
        }
    }
}
