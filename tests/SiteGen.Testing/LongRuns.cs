namespace SiteGen.Testing;

/// <summary>
/// Whether the long versions of the reliability tests run: every kill point, thousands of fuzz cases.
/// CI runs the short ones; <c>bench/reliability.sh</c> sets <c>SITEGEN_LONG_TESTS=1</c>.
/// </summary>
public static class LongRuns
{
    public const string Variable = "SITEGEN_LONG_TESTS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) is "1" or "true";
}
