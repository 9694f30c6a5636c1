namespace SiteGen.Importing.Encoding;

/// <summary>
/// A damaged place: a character that lost bytes when it was mangled, and what the repair put there.
/// </summary>
/// <param name="Line">1-based line in the repaired text.</param>
/// <param name="Column">1-based column in the repaired text, in UTF-16 units.</param>
/// <param name="Mangled">What the input has at this place.</param>
/// <param name="Chosen">The character written.</param>
/// <param name="Alternatives">The other characters the lost bytes could have made, likeliest first.</param>
/// <param name="IsCertain">
/// Whether the choice is at least <see cref="MojibakeRepairer.CertainRatio"/> times likelier than the
/// next; an uncertain place is a best guess for a person to check.
/// </param>
public sealed record RepairedPlace(int Line, int Column, string Mangled, string Chosen, IReadOnlyList<string> Alternatives, bool IsCertain);
