using CsCheck;
using SiteGen.Core.Tests.Reliability.Fuzzing;
using SiteGen.Testing;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Reliability;

/// <summary>
/// Whatever bytes a record holds, SiteGen either builds it into safe pages or rejects it with positioned,
/// coded diagnostics, and leaves the previous site as it was. Short in CI; <c>SITEGEN_LONG_TESTS=1</c>
/// (bench/reliability.sh) runs 10,000 cases.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>150 in CI, 10,000 in the long run; <c>SITEGEN_FUZZ_CASES</c> sets any other number.</summary>
    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_CASES"), out var cases) ? cases : LongRuns.Enabled ? 10_000 : 150;

    [Fact]
    public void AnyRecord_BuildsIntoSafePages_OrIsRejectedWithPositionedDiagnostics()
    {
        var tally = new int[2];
        using var sites = new ThreadLocal<FuzzSite>(() => new FuzzSite(), trackAllValues: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            FuzzGen.Case.Sample(fuzz => Interlocked.Increment(ref tally[(int)sites.Value!.Run(fuzz)]),
                iter: Cases, threads: Cases > 1_000 ? Environment.ProcessorCount : 1, print: fuzz => fuzz.ToString());
        }
        finally
        {
            foreach (var site in sites.Values)
            {
                site.Dispose();
            }
        }

        output.WriteLine($"{tally.Sum()} cases in {clock.Elapsed.TotalSeconds:F1} s: {tally[(int)FuzzOutcome.Built]} built, {tally[(int)FuzzOutcome.Rejected]} rejected, 0 crashes.");
        Assert.True(tally[(int)FuzzOutcome.Built] > Cases / 10, "Too few cases built for the page properties to mean anything.");
        Assert.True(tally[(int)FuzzOutcome.Rejected] > Cases / 10, "Too few cases were rejected for the diagnostic properties to mean anything.");
    }
}
