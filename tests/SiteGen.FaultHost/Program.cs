using System.Diagnostics;
using SiteGen.Building;
using SiteGen.Loading;

// Runs one build and kills its own process (SIGKILL: no finally blocks, no clean-up) right after the
// given step of the commit, as a crash or `kill -9` would. The interrupt tests start it, then check what
// the next build makes of the folder. With a step of 0 it does not kill, and prints how many steps there were.
// Usage: SiteGen.FaultHost CONTENT TEMPLATES OUT CACHE STEP
if (args.Length != 5 || !int.TryParse(args[4], out var killAfter))
{
    Console.Error.WriteLine("usage: SiteGen.FaultHost CONTENT TEMPLATES OUT CACHE STEP");
    return 2;
}

var observer = new KillingObserver(killAfter);
var result = SiteBuilder.Build(new BuildOptions(args[0], args[1], args[2], BuildOptions.DefaultVendorDirectory, new PathDisplay(args[0]), args[3])
{
    Observer = observer,
});
foreach (var diagnostic in result.Diagnostics)
{
    Console.Error.WriteLine(SiteGen.Diagnostics.DiagnosticFormatter.Format(diagnostic));
}

Console.WriteLine(observer.Steps);
return result.Succeeded ? 0 : 1;

internal sealed class KillingObserver(int killAfter) : BuildObserver
{
    public int Steps { get; private set; }

    public override void CommitStep(string step)
    {
        if (++Steps == killAfter)
        {
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
