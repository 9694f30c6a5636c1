using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace SiteGen.Testing;

/// <summary>
/// Snapshot assertions with Verify's file conventions: <c>Class.Method[.name].verified.ext</c> committed
/// beside the test; on a mismatch <c>.received.ext</c> is written next to it (git-ignored) and the test
/// fails with a unified diff. Set <c>SITEGEN_ACCEPT_SNAPSHOTS=1</c> to accept what was received; CI
/// (<c>CI=true</c>) ignores that and always fails on a missing or changed snapshot.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "SITEGEN_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="name">Distinguishes several snapshots of one test, for example a page path.</param>
    /// <param name="directory">A folder beside the test file to keep many snapshots in, for example <c>Snapshots</c>.</param>
    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        string? directory = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var folder = Path.GetDirectoryName(sourceFile)!;
        if (directory is not null)
        {
            folder = Path.Combine(folder, directory);
        }

        VerifyAt(actual, Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}{(name is null ? "" : "." + Sanitize(name))}"), extension);
    }

    /// <summary>Verifies against <c>{stem}.verified.{extension}</c>, for golden files named by their folder.</summary>
    public static void VerifyAt(string actual, string stem, string extension = "txt")
    {
        var result = Compare(Normalize(actual), stem, extension, AcceptRequested());
        if (result is not null)
        {
            throw new XunitException(result);
        }
    }

    /// <summary>Compares and writes files; returns a failure message, or null when the snapshot matches or was accepted.</summary>
    public static string? Compare(string actual, string stem, string extension, bool accept)
    {
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified, Encoding.UTF8)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (accept)
        {
            File.WriteAllText(verified, actual, Utf8NoBom);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual, Utf8NoBom);
        var how = $"Compare the files, then accept with {AcceptVariable}=1 dotnet test (ignored when CI is set).";
        if (expected is null)
        {
            return $"No verified snapshot {Path.GetFileName(verified)}; what was produced is in {received}.\n{how}";
        }

        // The same diff code as sitegen diff's reports.
        var diff = SiteGen.Comparing.TextDiff.Unified(expected, actual, Path.GetFileName(verified), Path.GetFileName(received));
        return $"Snapshot {Path.GetFileName(verified)} does not match; received written to {received}.\n{how}\n{diff}";
    }

    /// <summary>Whether <see cref="AcceptVariable"/> asks to accept received output (never when <c>CI</c> is set).</summary>
    public static bool AcceptRequested() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
