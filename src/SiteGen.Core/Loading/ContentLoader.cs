using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Validation;

namespace SiteGen.Loading;

/// <summary>
/// Loads a content folder: <c>site.yaml</c>, then every record under <c>experiments/</c>, each on its own,
/// so a broken record never stops the others from being checked; then checks records against each other.
/// </summary>
public static class ContentLoader
{
    public const string ExperimentsFolder = "experiments";

    public static ContentSet Load(string contentDirectory, PathDisplay? display = null)
    {
        display ??= PathDisplay.CurrentDirectory;
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingSiteConfig,
                SourceSpan.WholeFile(display.Of(contentDirectory)),
                "The content folder does not exist; pass the folder that holds site.yaml with --content."));
            return new ContentSet(null, [], diagnostics, 0);
        }

        var config = SiteConfigLoader.Load(contentDirectory, display, diagnostics);
        var files = RecordFiles(contentDirectory, display);
        var languages = config?.LanguageCodes.ToList();
        var loaded = files
            .AsParallel()
            .AsOrdered()
            .Select(file => LoadRecord(file.Path, file.Display, languages, config))
            .ToList();

        var records = new List<LoadedRecord>();
        foreach (var (record, fileDiagnostics) in loaded)
        {
            diagnostics.AddRange(fileDiagnostics);
            if (record is not null)
            {
                records.Add(record);
            }
        }

        if (config is not null)
        {
            ContentValidator.Validate(records, diagnostics);
            if (files.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.NoRecords,
                    SourceSpan.WholeFile(display.Of(Path.Combine(contentDirectory, ExperimentsFolder))),
                    $"There are no records; add .yaml files under {ExperimentsFolder}/."));
            }
        }

        return new ContentSet(config, records, diagnostics, files.Count + 1);
    }

    private static List<(string Path, string Display)> RecordFiles(string contentDirectory, PathDisplay display)
    {
        var folder = Path.Combine(contentDirectory, ExperimentsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Linked folders are not followed: a link loop would list the same records over and over.
        var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return [.. Directory.EnumerateFiles(folder, "*.*", walk)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(p => (p, display.Of(p)))
            .OrderBy(p => p.Item2, StringComparer.Ordinal)];
    }

    private static (LoadedRecord? Record, List<Diagnostic> Diagnostics) LoadRecord(
        string path, string displayPath, IReadOnlyList<string>? languages, SiteConfig? config)
    {
        var diagnostics = new List<Diagnostic>();
        var (record, source, map) = YamlDocumentLoader.Load<LabRecord>(path, displayPath, languages, diagnostics);
        if (record is null || source is null || map is null)
        {
            return (null, diagnostics);
        }

        // Checks against the site run whenever the id and chapter were read, so one run reports them
        // together with any shape errors.
        if (config is not null && record.Id is not null && map.Find(record, nameof(LabRecord.Chapter)) is not null)
        {
            RecordValidator.Validate(record, config, source, map, diagnostics);
        }

        return (new LoadedRecord(record, source, map, IsValid: config is not null && !diagnostics.Any(d => d.IsError)), diagnostics);
    }
}
