namespace SiteGen.Importing.Encoding;

/// <summary>
/// Tells whether text is mojibake (UTF-8 read through windows-1252 or windows-1254 and saved again): its
/// characters, read back as the code page's bytes, must form UTF-8 sequences, and far more of them than
/// bytes that fit no sequence. Genuine accented text, Chinese, emoji and ASCII are not reported.
/// </summary>
public static class MojibakeDetector
{
    private const int ExcerptCharacters = 8;

    /// <summary>The finding for <paramref name="text"/>, or null if it does not look mangled.</summary>
    public static MojibakeFinding? Detect(string text)
    {
        var analysis = MojibakeAnalysis.Analyze(text);
        var mangled = analysis.MangledSlots.ToList();
        if (!analysis.IsMangled || mangled.Count == 0)
        {
            return null;
        }

        var first = mangled[0];
        var line = analysis.Lines.First(l => l.FirstSlot <= first && first < l.EndSlot);
        var excerptEnd = first;
        while (excerptEnd < line.EndSlot && excerptEnd - first < ExcerptCharacters
            && analysis.Slots[excerptEnd].Kind is SlotKind.Decoded or SlotKind.Gap)
        {
            excerptEnd++;
        }

        var repairs = LineRepairs.Solve(analysis, [line], WordFrequencies.Shared);
        var start = analysis.Slots[first].Start;
        var last = analysis.Slots[excerptEnd - 1];
        var (lineNumber, column) = MojibakeAnalysis.PositionOf(text, start);
        return new MojibakeFinding(
            analysis.CodePage.Name,
            lineNumber,
            column,
            text[start..(last.Start + last.Length)],
            string.Concat(Enumerable.Range(first, excerptEnd - first).Select(repairs.OutputOf)),
            mangled.Count,
            mangled.Count(i => analysis.Slots[i].Kind == SlotKind.Gap));
    }
}
