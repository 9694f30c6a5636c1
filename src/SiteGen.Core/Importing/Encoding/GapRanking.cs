namespace SiteGen.Importing.Encoding;

/// <summary>
/// The candidates of one gap, best first, each with the log-probability of the best path through the line
/// that chooses it.
/// </summary>
internal sealed record GapRanking(int Slot, IReadOnlyList<(int Candidate, double Score)> Ranked)
{
    public int Best => Ranked[0].Candidate;

    /// <summary>How much likelier the best choice is than the next, as a log ratio (∞ for a lone candidate).</summary>
    public double Margin => Ranked.Count < 2 ? double.PositiveInfinity : Ranked[0].Score - Ranked[1].Score;
}
