namespace SiteGen.Importing;

/// <summary>What <c>sitegen import</c> was asked to do.</summary>
/// <param name="Files">The Markdown notes, one record each.</param>
/// <param name="Chapter">The chapter the records go in; when null, the chapter of the id each note gives.</param>
/// <param name="Language">The language the notes are written in (null: the site's default language): their text goes under it, and their labels are read in it.</param>
/// <param name="OutDirectory">Where the records go instead of the content folder's <c>experiments/</c> (chapter folders inside it).</param>
/// <param name="RepairEncoding">Whether to repair text mangled by a wrong code page instead of refusing it.</param>
public sealed record ImportRequest(IReadOnlyList<string> Files, int? Chapter, string? Language, string? OutDirectory, bool RepairEncoding);
