using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>A record file: where it is, and how diagnostics name it.</summary>
public sealed record RecordFile(string Path, string Display);

/// <summary>
/// Finds the record files under <c>experiments/</c>. A record is a file named <c>&lt;id&gt;-&lt;slug&gt;.yaml</c>
/// (or <c>.yml</c>), such as <c>2.1-statefulset.yaml</c>, in any folder; every other file there is a
/// resource (a manifest, a script, a screenshot) that records may list and the site may publish. A YAML file
/// not named like a record but written like one (a top-level <c>id</c> and <c>title</c>) is a warning that
/// says what to name it, rather than a record silently left out. A link to a file is read like the file; a
/// link to a folder is not followed (a loop would list the same records over and over) and says so.
/// </summary>
public static partial class RecordFiles
{
    /// <summary>Files larger than this are never looked into for looking like a record.</summary>
    private const long LargestProbed = 1 << 20;

    public static IReadOnlyList<RecordFile> Find(string folder, PathDisplay display, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = new List<RecordFile>();
        var others = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(pending.Pop()))
            {
                var info = new FileInfo(entry);
                if (info.Attributes.HasFlag(FileAttributes.Directory))
                {
                    if (info.LinkTarget is null)
                    {
                        pending.Push(entry);
                    }
                    else
                    {
                        diagnostics.Warning(DiagnosticCodes.LinkedFolder, SourceSpan.WholeFile(display.Of(entry)),
                            $"This folder is a link (to {info.LinkTarget}), and SiteGen does not follow links to folders, so its records are left out; move or copy them here.");
                    }
                }
                else if (IsRecordName(System.IO.Path.GetFileName(entry)))
                {
                    files.Add(new RecordFile(entry, display.Of(entry)));
                }
                else if (IsYaml(entry) && info.Length <= LargestProbed)
                {
                    others.Add(entry);
                }
            }
        }

        foreach (var other in others.Order(StringComparer.Ordinal))
        {
            WarnIfLikeARecord(other, display.Of(other), diagnostics);
        }

        return [.. files.OrderBy(f => f.Display, StringComparer.Ordinal)];
    }

    /// <summary>Whether a file name is a record's: <c>&lt;id&gt;-&lt;slug&gt;.yaml</c> or <c>.yml</c>.</summary>
    public static bool IsRecordName(string fileName) => RecordName().IsMatch(fileName);

    /// <summary>The id in a record's file name, such as 2.1 in <c>2.1-statefulset.yaml</c>; null for any other name.</summary>
    public static string? IdInName(string fileName) =>
        RecordName().Match(fileName) is { Success: true } match ? match.Groups["id"].Value : null;

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A record's keys start its lines (<c>id:</c>, <c>title:</c>); a Kubernetes manifest's do not. Only the
    /// lines are looked at, not the YAML: a resource need not be YAML that SiteGen can read.
    /// </summary>
    private static void WarnIfLikeARecord(string path, string display, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var source = new SourceText(display, text);
        int? idLine = null;
        string? id = null, slug = null;
        var hasTitle = false;
        for (var number = 1; source.Line(number) is { } line; number++)
        {
            if (TopLevelKey().Match(line) is not { Success: true } key)
            {
                continue;
            }

            var value = key.Groups["value"].Value.Trim().Trim('"', '\'');
            switch (key.Groups["key"].Value)
            {
                case "id":
                    (idLine, id) = (number, value);
                    break;
                case "slug":
                    slug = value;
                    break;
                case "title":
                    hasTitle = true;
                    break;
            }
        }

        if (idLine is not { } at || !hasTitle)
        {
            return;
        }

        var name = id is { Length: > 0 } && slug is { Length: > 0 } ? $"{id}-{slug}{System.IO.Path.GetExtension(path)}" : "<id>-<slug>.yaml";
        diagnostics.Add(source.Warning(DiagnosticCodes.NotNamedAsRecord, source.Span(at, 1),
            $"This file looks like a lab record (it has 'id' and 'title'), but only files named <id>-<slug>.yaml are records, so it is treated as a resource file and not checked or built; rename it to {name} to make it a record."));
    }

    [GeneratedRegex(@"^(?<id>[0-9]{1,2}\.[0-9]{1,3})-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)\.ya?ml$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordName();

    [GeneratedRegex(@"^(?<key>id|slug|title)\s*:(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelKey();
}
