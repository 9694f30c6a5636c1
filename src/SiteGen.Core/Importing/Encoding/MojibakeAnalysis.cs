namespace SiteGen.Importing.Encoding;

/// <summary>
/// Text read back through the code page that explains it best, cut into slots and lines. Shared by the
/// detector and the repairer so that both see the same places.
/// </summary>
internal sealed class MojibakeAnalysis
{
    private MojibakeAnalysis(SingleByteCodePage codePage, IReadOnlyList<Slot> slots, IReadOnlyList<MangledLine> lines, int evidence, int doubt)
    {
        CodePage = codePage;
        Slots = slots;
        Lines = lines;
        IsMangled = evidence > 0 && evidence >= 2 * doubt;
        Score = evidence - doubt;
    }

    public SingleByteCodePage CodePage { get; }

    public IReadOnlyList<Slot> Slots { get; }

    public IReadOnlyList<MangledLine> Lines { get; }

    /// <summary>
    /// Whether the text looks mangled: some mangled characters on lines the page explains, and at least
    /// twice as many of them as bytes that fit no mangling (accented text read through the page gives many
    /// of those and few of these). A line holding a character the page cannot make is no evidence for it.
    /// </summary>
    public bool IsMangled { get; }

    private int Score { get; }

    /// <summary>The slots of repairable lines that stand for mangled characters, in order.</summary>
    public IEnumerable<int> MangledSlots => Lines
        .Where(l => l.IsRepairable)
        .SelectMany(l => Enumerable.Range(l.FirstSlot, l.EndSlot - l.FirstSlot))
        .Where(i => Slots[i].Kind is SlotKind.Decoded or SlotKind.Gap);

    /// <summary>Reads <paramref name="text"/> through each code page and keeps the one that explains it best.</summary>
    public static MojibakeAnalysis Analyze(string text)
    {
        MojibakeAnalysis? best = null;
        var softHyphenKept = text.Contains('\u00AD', StringComparison.Ordinal);
        foreach (var page in SingleByteCodePage.All)
        {
            var codePage = softHyphenKept ? page.KeepingSoftHyphen() : page;
            var analysis = Analyze(text, codePage);
            if (best is null || analysis.Score > best.Score)
            {
                best = analysis;
            }
        }

        return best!;
    }

    public static MojibakeAnalysis Analyze(string text, SingleByteCodePage codePage)
    {
        var slots = MangledTextScanner.Scan(text, codePage);
        var lines = new List<MangledLine>();
        int evidence = 0, doubt = 0, lineEvidence = 0, lineStart = 0;
        var clean = true;
        for (var i = 0; i <= slots.Count; i++)
        {
            if (i == slots.Count || slots[i].Text == "\n")
            {
                lines.Add(new MangledLine(lines.Count + 1, lineStart, i, clean && lineEvidence > 0, lineEvidence > 0));
                evidence += clean ? lineEvidence : 0;
                lineEvidence = 0;
                lineStart = i + 1;
                clean = true;
                continue;
            }

            var slot = slots[i];
            lineEvidence += slot.IsEvidence ? 1 : 0;
            doubt += slot.Kind == SlotKind.Broken || slot.IsLoneLead ? 1 : 0;
            clean &= slot.Kind is not (SlotKind.Broken or SlotKind.Foreign);
        }

        return new MojibakeAnalysis(codePage, slots, lines, evidence, doubt);
    }

    /// <summary>The 1-based line and column (UTF-16 units) of an input offset.</summary>
    public static (int Line, int Column) PositionOf(string text, int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return (text.AsSpan(0, lineStart).Count('\n') + 1, offset - lineStart + 1);
    }
}
