using System.Security.Cryptography;
using SiteGen.Diagnostics;

namespace SiteGen.Building;

/// <summary>
/// Builds into a fresh temporary folder beside the output folder and swaps it in only when the build
/// succeeded, so readers and the author never see a half-written site. A folder is only ever replaced
/// when SiteGen wrote it (it holds the marker file) or it is empty but for a README.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Marks a folder as SiteGen's output, safe to replace.</summary>
    public const string MarkerFile = ".sitegen-output";

    /// <summary>Files of the existing output folder that are not build output and survive a rebuild.</summary>
    private static readonly string[] KeptFiles = ["README.md"];

    private bool _committed;

    private OutputFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    public string Target { get; }

    /// <summary>The temporary folder the build writes into.</summary>
    public string Staging { get; }

    /// <summary>Creates the staging folder; null (with a diagnostic) when the target must not be replaced.</summary>
    public static OutputFolder? Prepare(string target, string displayPath, List<Diagnostic> diagnostics)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (Directory.Exists(target) && !IsReplaceable(target))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(displayPath),
                $"The output folder holds files SiteGen did not write, and a build replaces the whole folder; choose an empty or new folder with --out, or empty this one."));
            return null;
        }

        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException("The output folder cannot be a file-system root.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Suffix()}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerFile), "This folder was written by sitegen build and is replaced by the next build.\n");
        return new OutputFolder(target, staging);
    }

    /// <summary>Moves the staged site into place, keeping the old folder's README.</summary>
    public void Commit()
    {
        if (Directory.Exists(Target))
        {
            foreach (var kept in KeptFiles)
            {
                var from = Path.Combine(Target, kept);
                var to = Path.Combine(Staging, kept);
                if (File.Exists(from) && !File.Exists(to))
                {
                    File.Copy(from, to);
                }
            }

            var old = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Suffix()}");
            Directory.Move(Target, old);
            Directory.Move(Staging, Target);
            Directory.Delete(old, recursive: true);
        }
        else
        {
            Directory.Move(Staging, Target);
        }

        _committed = true;
    }

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    private static bool IsReplaceable(string folder) =>
        File.Exists(Path.Combine(folder, MarkerFile))
        || Directory.EnumerateFileSystemEntries(folder).All(e => KeptFiles.Contains(Path.GetFileName(e)) && File.Exists(e));

    private static string Suffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
