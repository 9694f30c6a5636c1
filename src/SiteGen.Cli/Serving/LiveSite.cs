using SiteGen.Building;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Serving;

/// <summary>A problem as the error overlay shows it.</summary>
internal sealed record OverlayDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message, string Frame);

/// <summary>
/// What open pages are told after each build: its number, whether it succeeded, the site files it changed
/// (a page reloads when its own file or an asset is among them) and, when it failed, its diagnostics.
/// </summary>
internal sealed record LiveState(int Version, bool Succeeded, IReadOnlyList<string> Changed, IReadOnlyList<OverlayDiagnostic> Errors, int Warnings);

/// <summary>
/// The site being served: one long-lived <see cref="SiteBuilder"/> that rebuilds on request, one build at a
/// time. A request that arrives while a build runs is remembered, and one more build follows it, so a burst
/// of saves costs at most two builds and the last one always sees the last save.
/// </summary>
internal sealed class LiveSite(BuildOptions options) : IAsyncDisposable
{
    private readonly SiteBuilder _builder = new(options);
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;
    private bool _again;
    private bool _stopped;

    /// <summary>The state after the last build; version 0 before the first.</summary>
    public LiveState State { get; private set; } = new(0, true, [], [], 0);

    /// <summary>Raised after every build, on the thread that ran it, with how long the build took.</summary>
    public event Action<LiveState, BuildResult, TimeSpan>? Built;

    public BuildOptions Options => options;

    /// <summary>Builds now, on the calling thread: the first build, before the server starts.</summary>
    public BuildResult BuildNow()
    {
        lock (_gate)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = _builder.Build();
            Publish(result, clock.Elapsed);
            return result;
        }
    }

    /// <summary>Asks for a build: starts one, or, when one is running, makes sure another follows it.</summary>
    public void RequestBuild()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            if (!_running.IsCompleted)
            {
                _again = true;
                return;
            }

            _running = Task.Run(Loop);
        }
    }

    /// <summary>Waits for the build in progress, if any.</summary>
    public Task Idle()
    {
        lock (_gate)
        {
            return _running;
        }
    }

    private void Loop()
    {
        while (true)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = _builder.Build();
            lock (_gate)
            {
                Publish(result, clock.Elapsed);
                if (!_again || _stopped)
                {
                    return;
                }

                _again = false;
            }
        }
    }

    private void Publish(BuildResult result, TimeSpan elapsed)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).Select(ToOverlay).ToList();
        State = new LiveState(State.Version + 1, result.Succeeded, result.Changed, errors, result.Diagnostics.Count(d => !d.IsError));
        Built?.Invoke(State, result, elapsed);
    }

    private static OverlayDiagnostic ToOverlay(Diagnostic d) =>
        new(d.Span.File, d.Span.Line, d.Span.Column, d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, DiagnosticFormatter.Format(d));

    public async ValueTask DisposeAsync()
    {
        Task running;
        lock (_gate)
        {
            _stopped = true;
            running = _running;
        }

        // A build being committed finishes: the output folder is never left half written.
        await running.ConfigureAwait(false);
    }
}
