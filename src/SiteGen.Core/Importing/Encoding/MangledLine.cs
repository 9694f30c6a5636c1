namespace SiteGen.Importing.Encoding;

/// <summary>
/// One line of the input as slots [<paramref name="FirstSlot"/>, <paramref name="EndSlot"/>), without its
/// line feed. Only a line that shows mangling and holds nothing mangling cannot make is repaired; any
/// other line is left exactly as it is.
/// </summary>
/// <param name="Number">1-based.</param>
/// <param name="ShowsMangling">Whether the line holds mangled characters, repairable or not.</param>
internal sealed record MangledLine(int Number, int FirstSlot, int EndSlot, bool IsRepairable, bool ShowsMangling);
