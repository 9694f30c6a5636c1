namespace SiteGen.Importing.Encoding;

/// <summary>
/// A stretch of the input (<paramref name="Start"/>, <paramref name="Length"/> in UTF-16 units) and what it
/// stands for: <paramref name="Text"/> for everything but a gap, <paramref name="Candidates"/> for a gap.
/// </summary>
/// <param name="Bytes">How many bytes of the UTF-8 sequence survived, the lead byte included (gaps only).</param>
internal sealed record Slot(SlotKind Kind, int Start, int Length, string Text, IReadOnlyList<string> Candidates, int Bytes = 0)
{
    /// <summary>Whether this is a mangled character that shows the text was mangled.</summary>
    public bool IsEvidence => Kind switch
    {
        SlotKind.Decoded => CharacterPrior.IsCommon(Text),
        SlotKind.Gap => Bytes > 1 && Candidates.Any(CharacterPrior.IsCommon),
        _ => false,
    };

    /// <summary>A lead byte whose continuation bytes were all lost, or real accented text: either can be.</summary>
    public bool IsLoneLead => Kind == SlotKind.Gap && Bytes == 1;
}
