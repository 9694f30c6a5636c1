namespace SiteGen.Scaffolding;

/// <summary>A record <c>sitegen new</c> is about to write: where, and what goes into its skeleton.</summary>
/// <param name="Path">The file, absolute: <c>&lt;content&gt;/experiments/02-controllers/2.3-daemonset.yaml</c>.</param>
/// <param name="DisplayPath">The file as printed.</param>
/// <param name="ChapterFolder">The chapter's folder under <c>experiments/</c>, for example <c>02-controllers</c>.</param>
/// <param name="SchemaPath">The record JSON Schema's path relative to the file, for the editor's <c>$schema</c> comment.</param>
public sealed record NewRecord(
    string Path,
    string DisplayPath,
    string Id,
    string Slug,
    int Chapter,
    string ChapterFolder,
    string Title,
    DateOnly Date,
    string SchemaPath);
