using SiteGen.Diagnostics;
using SiteGen.Publishing;

namespace SiteGen.Building;

/// <summary>
/// Publishes the files records name (<see cref="Planning.BuildPlan.Files"/>): each once, under
/// <c>files/</c>, however many pages show it. A file whose bytes hash as when it was last published, and
/// whose copies are still as written, is left as it is; otherwise it is published again (an SVG cleaned,
/// a photo resized again).
/// </summary>
internal static class FilePublisher
{
    public const string KeyPrefix = "file/";

    public static PageState? Publish(PublishedFile file, StagedWriter writer, DiagnosticBag diagnostics, string record)
    {
        var key = KeyPrefix + file.SitePath;
        if (writer.Reusable(key, file.Hash) is { } kept
            && kept.Files.Select(f => f.Path).SequenceEqual([file.SitePath, .. file.Variants.Select(v => v.SitePath)], StringComparer.Ordinal))
        {
            return kept;
        }

        IReadOnlyList<(string Path, byte[] Bytes)>? bytes;
        try
        {
            bytes = PublishedBytes.Of(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SixLabors.ImageSharp.ImageFormatException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnreadableFile, SourceSpan.WholeFile(record),
                $"{file.SitePath} cannot be published: {ex.Message}"));
            return null;
        }

        if (bytes is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ChangedDuringBuild, SourceSpan.WholeFile(record),
                $"{file.SitePath} changed while the site was being built; build again."));
            return null;
        }

        var written = bytes.Select(b => writer.Write(key, b.Path, b.Bytes)).ToList();
        return written.All(w => w is not null) ? new PageState(file.Hash, [.. written.OfType<WrittenFile>()]) : null;
    }
}
