using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Validation;

namespace SiteGen.Checking;

/// <summary>
/// The check use case, shared by <c>sitegen check</c> and <c>sitegen build</c>: reads <c>site.yaml</c> and
/// every record, validates each record on its own (in parallel, a broken record never stopping the others),
/// then the records against each other, and counts translations. Each record is let go once its
/// <see cref="RecordEntry"/> is taken, so memory does not grow with the records' text. Files whose bytes
/// did not change since an earlier check are not read into YAML again when a <see cref="CheckCache"/> has them.
/// </summary>
public sealed class ContentChecker(PathDisplay display, CheckCache? cache = null, int maxParallelism = -1)
{
    public const string ExperimentsFolder = "experiments";

    /// <param name="sink">Told about site.yaml and each record as soon as they are checked; null for none.</param>
    /// <param name="requirements">The translation coverage required; null for what site.yaml requires.</param>
    public CheckedContent Check(string contentDirectory, IRecordSink? sink = null, TranslationRequirements? requirements = null)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteConfig, SourceSpan.WholeFile(display.Of(contentDirectory)),
                "The content folder does not exist; pass the folder that holds site.yaml with --content.");
            return new CheckedContent(null, "", [], diagnostics, [], 0);
        }

        var site = SiteConfigLoader.Load(contentDirectory, display, diagnostics);
        var config = site.Config is { } bound && SiteConfigValidator.Validate(bound, site.Source!, site.Map!, diagnostics) ? bound : null;
        var files = RecordFiles.Find(Path.Combine(contentDirectory, ExperimentsFolder), display, diagnostics);
        var context = config is not null ? new RecordContext(config) : null;
        var inspector = config is not null ? new Publishing.FileInspector(contentDirectory, display, config.RemoteImages) : null;
        if (config is not null)
        {
            sink?.SiteChecked(config, site.Hash, files);
        }

        var checks = new RecordCheck[files.Count];
        // One worker per core, not as many as the thread pool will give: pages render inside this loop, and a
        // page waiting for a diagram to be drawn must leave the pool threads that the browser's driver runs on.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount }, i =>
        {
            var (check, record) = CheckFile(files[i], context);
            if (check.Entry is { Files.Count: > 0 } named && inspector is not null)
            {
                // The files a record names are looked at on every run, never taken from the cache: they change on their own.
                var found = new DiagnosticBag();
                check = new RecordCheck(inspector.Inspect(named, found), [.. check.Diagnostics, .. found]);
            }

            checks[i] = check;
            if (check.Entry is { } checkedEntry)
            {
                sink?.RecordChecked(checkedEntry, record);
            }
        });

        var entries = new List<RecordEntry>();
        foreach (var check in checks)
        {
            diagnostics.AddRange(check.Diagnostics);
            if (check.Entry is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (config is null)
        {
            return new CheckedContent(null, site.Hash, entries, diagnostics, [], files.Count + 1);
        }

        ContentValidator.Validate(entries, diagnostics);
        diagnostics.AddRange(TagNameCheck.Unused(config, site.Source!, site.Map!, entries));
        diagnostics.AddRange(FooterLinkCheck.Relative(config, site.Source!));
        if (files.Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.NoRecords, SourceSpan.WholeFile(display.Of(Path.Combine(contentDirectory, ExperimentsFolder))),
                $"There are no records; add files named <id>-<slug>.yaml (such as 1.1-first.yaml) under {ExperimentsFolder}/.");
        }

        var configFields = TranslationCoverage.FieldsOf(config);
        diagnostics.AddRange(TranslationCoverage.Missing(configFields, config, source: null));
        var coverage = TranslationGate.Apply(config, site.Map, display.Of(Path.Combine(contentDirectory, SiteConfigLoader.FileName)), site.Source,
            requirements ?? TranslationRequirements.FromSite, TranslationCoverage.Measure(config, configFields, entries.Where(e => e.IsValid)), diagnostics);
        return new CheckedContent(config, site.Hash, entries, diagnostics, coverage, files.Count + 1);
    }

    private (RecordCheck Check, LabRecord? Record) CheckFile(RecordFile file, RecordContext? context)
    {
        // A file whose size and time are as the cache saw them last is not read at all.
        var info = new FileInfo(file.Path);
        if (context is not null && info.Exists
            && cache?.KnownHash(file.Path, info.Length, info.LastWriteTimeUtc.Ticks) is { } known
            && cache.Find(Key(context, file, known)) is { } cached)
        {
            return (cached, null);
        }

        var read = SourceReader.ReadBytes(file.Path, file.Display);
        if (read.Bytes is not { } bytes)
        {
            return (new RecordCheck(null, read.Diagnostics), null);
        }

        if (context is null)
        {
            // Without a valid site.yaml a record can only be checked for its own shape; nothing is kept.
            var diagnostics = new DiagnosticBag();
            RecordLoader.Load(bytes, file.Display, languages: null, diagnostics);
            return (new RecordCheck(null, diagnostics), null);
        }

        var hash = ContentHash.Of(bytes);
        cache?.Remember(file.Path, info.Length, info.LastWriteTimeUtc.Ticks, hash);
        var key = Key(context, file, hash);
        if (cache?.Find(key) is { } found)
        {
            return (found, null);
        }

        var (check, record) = RecordChecker.Check(file, bytes, hash, context);
        cache?.Add(key, check);
        return (check, record);
    }

    /// <summary>The paths are part of the key: diagnostics name the file as it is shown, so a moved file is checked again.</summary>
    private static string Key(RecordContext context, RecordFile file, string hash) => $"{context.Key}\n{file.Path}\n{file.Display}\n{hash}";
}
