using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Loading;

/// <summary>
/// Golden cases: each folder under <c>Cases/</c> holds records in <c>experiments/</c> and, beside them,
/// <c>diagnostics.verified.txt</c>: exactly what <c>sitegen check</c> prints for them.
/// </summary>
public sealed class LoaderCaseTests
{
    private static readonly string CasesFolder = Path.Combine(TestPaths.Here(), "Loading", "Cases");

    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(CasesFolder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_PrintsExactlyTheVerifiedDiagnostics(string name)
    {
        using var content = TestPaths.TestContent();
        foreach (var file in Directory.GetFiles(Path.Combine(CasesFolder, name, "experiments")))
        {
            content.Add(Path.GetFileName(file), File.ReadAllBytes(file));
        }

        var result = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

        Snapshot.VerifyAt(
            DiagnosticFormatter.Report(result.Diagnostics.Items, result.FilesRead),
            Path.Combine(CasesFolder, name, "diagnostics"));
    }
}
