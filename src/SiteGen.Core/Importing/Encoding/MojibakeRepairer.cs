using System.Text;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// Repairs mojibake: UTF-8 text read through a Windows single-byte code page and saved again as UTF-8, with
/// the bytes the page has no character for dropped. Mangled characters that lost nothing are decoded
/// exactly; for a character that lost bytes, every character the lost bytes could have made is weighed
/// with jieba's word frequencies over the whole line, and the likeliest path is written. The repair is
/// then proved by mangling it again: unless that gives back the input, the input is returned unchanged.
/// Lines that show no mangling are never changed.
/// </summary>
public static class MojibakeRepairer
{
    /// <summary>How many times likelier than the next a choice must be to count as certain.</summary>
    public const double CertainRatio = 20;

    /// <summary>Repairs <paramref name="text"/>, or returns it unchanged with the reason.</summary>
    public static MojibakeRepair Repair(string text)
    {
        var analysis = MojibakeAnalysis.Analyze(text);
        if (!analysis.IsMangled)
        {
            return new MojibakeRepair(MojibakeRepairOutcome.Clean, text, null, 0, [], []);
        }

        var repairs = LineRepairs.Solve(analysis, analysis.Lines, WordFrequencies.Shared);
        var (repaired, places) = Assemble(text, repairs);
        var codePage = analysis.CodePage;
        var mangled = analysis.MangledSlots.Count();
        List<int> skipped = [.. analysis.Lines.Where(l => l.ShowsMangling && !l.IsRepairable).Select(l => l.Number)];
        return MojibakeProof.FirstFailingLine(text, repaired, codePage) is { } line
            ? new MojibakeRepair(MojibakeRepairOutcome.ProofFailed, text, codePage.Name, mangled, places, skipped, line)
            : new MojibakeRepair(MojibakeRepairOutcome.Repaired, repaired, codePage.Name, mangled, places, skipped);
    }

    private static (string Text, IReadOnlyList<RepairedPlace> Places) Assemble(string text, LineRepairs repairs)
    {
        var slots = repairs.Analysis.Slots;
        var output = new StringBuilder(text.Length);
        var places = new List<RepairedPlace>();
        foreach (var line in repairs.Analysis.Lines)
        {
            if (line.Number > 1)
            {
                output.Append('\n');
            }

            if (!line.IsRepairable)
            {
                var start = line.FirstSlot < line.EndSlot ? slots[line.FirstSlot].Start : 0;
                var end = line.FirstSlot < line.EndSlot ? slots[line.EndSlot - 1].Start + slots[line.EndSlot - 1].Length : 0;
                output.Append(text, start, end - start);
                continue;
            }

            var column = 1;
            for (var i = line.FirstSlot; i < line.EndSlot; i++)
            {
                var written = repairs.OutputOf(i);
                if (slots[i].Kind == SlotKind.Gap)
                {
                    places.Add(PlaceAt(text, slots[i], repairs.RankingOf(i), line.Number, column));
                }

                output.Append(written);
                column += written.Length;
            }
        }

        return (output.ToString(), places);
    }

    private static RepairedPlace PlaceAt(string text, Slot slot, GapRanking ranking, int line, int column) => new(
        line,
        column,
        text.Substring(slot.Start, slot.Length),
        slot.Candidates[ranking.Best],
        [.. ranking.Ranked.Skip(1).Select(r => slot.Candidates[r.Candidate])],
        ranking.Margin >= Math.Log(CertainRatio));
}
