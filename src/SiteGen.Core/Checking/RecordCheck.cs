using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Checking;

/// <summary>
/// What checking one record file found: its entry (null when not even an id could be told) and its
/// diagnostics. A pure function of the file's bytes and the site's languages and chapters, so it can be
/// kept between runs (<see cref="CheckCache"/>) and reused while the file does not change.
/// </summary>
public sealed record RecordCheck(RecordEntry? Entry, IReadOnlyList<Diagnostic> Diagnostics);
