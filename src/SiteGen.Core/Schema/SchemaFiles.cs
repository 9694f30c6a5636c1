using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Schema;

/// <summary>
/// Writes the two schemas into a folder (by default <c>schema/</c> in the content folder, where the
/// records' <c>$schema</c> comments point): the record's with the languages of the site's
/// <c>site.yaml</c>, and the site's. A file whose text is already the same is left as it is.
/// </summary>
public static class SchemaFiles
{
    /// <summary>The default folder, relative to the content folder.</summary>
    public const string Folder = "schema";

    /// <summary>The record schema's path relative to the content folder, as <c>sitegen new</c> points records at it.</summary>
    public const string RecordPath = Folder + "/" + JsonSchemaGenerator.RecordFile;

    /// <returns>The files written or already current, and the problems reading <c>site.yaml</c> (then any language code is accepted).</returns>
    public static (IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Problems) Write(string contentDirectory, string? folder, PathDisplay display)
    {
        folder ??= Path.Combine(contentDirectory, Folder);
        var problems = new DiagnosticBag();
        var site = SiteConfigLoader.Load(contentDirectory, display, problems);
        var languages = site.Config?.Languages.Select(l => l.Code).ToList();
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var (name, schema) in new[]
        {
            (JsonSchemaGenerator.RecordFile, JsonSchemaGenerator.ForRecord(languages)),
            (JsonSchemaGenerator.SiteFile, JsonSchemaGenerator.ForSite()),
        })
        {
            var path = Path.Combine(folder, name);
            var text = JsonSchemaGenerator.Format(schema);
            if (!File.Exists(path) || File.ReadAllText(path) != text)
            {
                File.WriteAllText(path, text);
            }

            files.Add(path);
        }

        return (files, problems.Items);
    }
}
