namespace SiteGen.Importing.Encoding;

/// <summary>Where and how a text looks mangled.</summary>
/// <param name="CodePage">The code page it was mangled through, for example <c>windows-1254</c>.</param>
/// <param name="Line">1-based line of the first mangled character.</param>
/// <param name="Column">1-based column of the first mangled character, in UTF-16 units.</param>
/// <param name="Mangled">A short excerpt of the input from that place, for example <c>å®éªŒè®°å½•</c>.</param>
/// <param name="Repaired">What the excerpt reads as after repair, for example <c>实验记录</c>.</param>
/// <param name="MangledCharacterCount">How many characters look mangled.</param>
/// <param name="DamagedPlaceCount">How many of them lost bytes, so that their repair is a choice.</param>
public sealed record MojibakeFinding(
    string CodePage,
    int Line,
    int Column,
    string Mangled,
    string Repaired,
    int MangledCharacterCount,
    int DamagedPlaceCount);
