using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Checking;

/// <summary>
/// Told about content as it is checked, so a build can render a record's pages while other records are
/// still being checked, from the record already in memory, instead of reading every record twice.
/// </summary>
public interface IRecordSink
{
    /// <summary><c>site.yaml</c> is read and consistent, and these are the record files: called once, before any record.</summary>
    void SiteChecked(SiteConfig config, string configHash, IReadOnlyList<Loading.RecordFile> recordFiles);

    /// <summary>
    /// A record is checked, from any thread. <paramref name="record"/> is the bound record when it was read
    /// (null when its check came from the cache); it is valid only when <see cref="RecordEntry.IsValid"/>.
    /// </summary>
    void RecordChecked(RecordEntry entry, LabRecord? record);
}
