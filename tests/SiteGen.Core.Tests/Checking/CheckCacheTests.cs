using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Checking;

/// <summary>Check results kept between runs are used only while the file and the site's languages and chapters are the same.</summary>
public sealed class CheckCacheTests : IDisposable
{
    private const string Record = "experiments/02-controllers/2.1-statefulset.yaml";

    private readonly ContentFolder _content = ContentFolder.CopyOf(RepositoryPaths.Content);
    private readonly string _cache = Directory.CreateTempSubdirectory("sitegen-check-cache-").FullName;

    [Fact]
    public void AnUnchangedContentFolder_ChecksTheSameFromTheCache()
    {
        var first = Check();
        var second = Check();

        Assert.Equal(Report(first), Report(second));
        Assert.Equal(first.Records.Select(r => r.Hash), second.Records.Select(r => r.Hash));
    }

    [Fact]
    public void AnEditedRecord_IsCheckedAgain_EvenInTheSameSecondWithTheSameSize()
    {
        var path = Path.Combine(_content.Root, Record);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // saved just before the check, as an editor does
        Check();
        var written = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("date: 2024-01-15", "date: 2024-13-15", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, written); // same size, same time: only the bytes tell

        var report = Report(Check());

        Assert.Contains("2.1-statefulset.yaml(7,7): error SG0104", report, StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageAddedToSiteYaml_ChecksEveryRecordAgain()
    {
        Check();
        var site = Path.Combine(_content.Root, "site.yaml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("    name: English\n", "    name: English\n  - code: ja\n    locale: ja\n    name: 日本語\n", StringComparison.Ordinal));

        var report = Report(Check());

        Assert.Contains("has no 日本語 (ja) text yet", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryFromTheCache_KeepsWhatTheIndexShows_WhatIsLeft_TheRatings_AndTheFollowUps()
    {
        var first = Check();
        var sink = new Sink();
        var second = Check(sink);

        Assert.Equal(3, sink.FromCache); // no record was read again: every entry is the cache's
        Assert.Equal(10, first.Records.Sum(r => r.Outstanding.Count));
        Assert.Equal(first.Records.Select(Progress), second.Records.Select(Progress));
    }

    /// <summary>Counts the records whose check came from the cache (given without the record itself).</summary>
    private sealed class Sink : IRecordSink
    {
        private int _fromCache;

        public int FromCache => _fromCache;

        public void SiteChecked(SiteGen.Configuration.SiteConfig config, string configHash, IReadOnlyList<SiteGen.Loading.RecordFile> recordFiles)
        {
        }

        public void RecordChecked(SiteGen.Model.RecordEntry entry, SiteGen.Model.LabRecord? record)
        {
            if (record is null)
            {
                Interlocked.Increment(ref _fromCache);
            }
        }
    }

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    private CheckedContent Check(IRecordSink? sink = null)
    {
        var cache = CheckCache.Open(_cache, _content.Root);
        var content = new ContentChecker(new PathDisplay(_content.Root), cache).Check(_content.Root, sink);
        cache.Save();
        return content;
    }

    /// <summary>What the index's progress and learning path read of an entry, as text.</summary>
    private static string Progress(SiteGen.Model.RecordEntry entry) => string.Join(" | ",
        entry.Id,
        string.Join(", ", entry.Outstanding.Select(o => $"{o.Kind} {o.Anchor} {Text(o.Text)} {o.Status}")),
        entry.Ratings is { } r ? $"{r.Knowledge}/{r.Practice}/{r.Recommendation}" : "no ratings",
        string.Join(", ", entry.FollowUps.Select(f => $"{f.Id} {f.Done} {Text(f.Title)} {f.At.Span}")));

    private static string Text(SiteGen.Model.Localized? text) =>
        text is null ? "-" : text.IsNeutral ? text.Neutral! : string.Join("/", text.Languages.Select(l => l + ":" + text.Resolve(l, []).Text));

    private static string Report(CheckedContent content) => DiagnosticFormatter.Report(content.Diagnostics.Items, content.FilesRead);
}
