namespace SiteGen.Importing.Encoding;

/// <summary>Chooses a character for every gap of the given lines, one lattice per line.</summary>
internal sealed class LineRepairs
{
    private readonly Dictionary<int, GapRanking> rankings = [];

    private LineRepairs(MojibakeAnalysis analysis)
    {
        Analysis = analysis;
    }

    public MojibakeAnalysis Analysis { get; }

    public static LineRepairs Solve(MojibakeAnalysis analysis, IEnumerable<MangledLine> lines, WordFrequencies words)
    {
        var repairs = new LineRepairs(analysis);
        foreach (var line in lines.Where(l => l.IsRepairable))
        {
            var weights = new Dictionary<int, double[]>();
            for (var i = line.FirstSlot; i < line.EndSlot; i++)
            {
                if (analysis.Slots[i].Kind == SlotKind.Gap)
                {
                    weights[i] = [.. analysis.Slots[i].Candidates.Select(CharacterPrior.LogWeight)];
                }
            }

            foreach (var ranking in RepairLattice.Solve(analysis.Slots, line.FirstSlot, line.EndSlot, words, PartOfSpeechTransitions.Shared, weights))
            {
                repairs.rankings[ranking.Slot] = ranking;
            }
        }

        return repairs;
    }

    /// <summary>The ranking of the candidates of the gap at <paramref name="slot"/>.</summary>
    public GapRanking RankingOf(int slot) => rankings[slot];

    /// <summary>What slot <paramref name="index"/> becomes in the repaired text (its line must have been solved).</summary>
    public string OutputOf(int index)
    {
        var slot = Analysis.Slots[index];
        return slot.Kind == SlotKind.Gap ? slot.Candidates[rankings[index].Best] : slot.Text;
    }
}
