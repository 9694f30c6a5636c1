using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// Holds off Ctrl+C, SIGTERM, SIGHUP and SIGQUIT while a commit runs, so that a polite interruption
/// lets the commit finish (it takes milliseconds) instead of leaving it for the next build to complete.
/// A kill that cannot be caught (SIGKILL, power loss) is what the journal is for.
/// </summary>
internal sealed class SignalShield : IDisposable
{
    private static readonly PosixSignal[] Signals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _held;

    public SignalShield()
    {
        foreach (var signal in Signals)
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true;
                    Interlocked.Increment(ref _held);
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGHUP or SIGQUIT to catch; the others are enough there.
            }
        }
    }

    /// <summary>How many signals arrived while the shield was up.</summary>
    public int Held => _held;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
