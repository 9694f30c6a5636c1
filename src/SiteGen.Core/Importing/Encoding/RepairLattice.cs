namespace SiteGen.Importing.Encoding;

/// <summary>
/// jieba's maximum-probability segmentation (route[i] = max over words w at i of log P(w) + route[i+|w|]),
/// run over a lattice: where a slot is a gap, the walk through the prefix dictionary branches over the
/// gap's candidates, so each word that fits brings its own choice and no cross product is built. Adjacent
/// words are also weighed by how well their parts of speech follow each other. A forward and a backward
/// pass give, for every candidate, the best path that chooses it, which ranks the candidates and says how
/// sure the winner is.
/// </summary>
internal sealed class RepairLattice
{
    private readonly IReadOnlyList<Slot> slots;
    private readonly int first;
    private readonly int end;
    private readonly WordFrequencies words;
    private readonly PartOfSpeechTransitions grammar;
    private readonly IReadOnlyDictionary<int, double[]> weights;
    private readonly List<Edge> edges = [];
    private readonly List<(int Slot, int Candidate)> choices = [];
    private readonly List<(int Slot, int Candidate)> path = [];
    private readonly char[] buffer;

    private RepairLattice(IReadOnlyList<Slot> slots, int first, int end, WordFrequencies words, PartOfSpeechTransitions grammar, IReadOnlyDictionary<int, double[]> weights)
    {
        this.grammar = grammar;
        this.slots = slots;
        this.first = first;
        this.end = end;
        this.words = words;
        this.weights = weights;
        buffer = new char[words.LongestWord + 8];
    }

    /// <summary>Ranks the candidates of every gap among <paramref name="slots"/>[first..end).</summary>
    /// <param name="weights">Per gap slot, a log-weight for each of its candidates, added to any path choosing it.</param>
    public static IReadOnlyList<GapRanking> Solve(
        IReadOnlyList<Slot> slots, int first, int end, WordFrequencies words, PartOfSpeechTransitions grammar, IReadOnlyDictionary<int, double[]> weights)
    {
        var lattice = new RepairLattice(slots, first, end, words, grammar, weights);
        for (var start = first; start < end; start++)
        {
            lattice.Walk(start, start, 0, 0);
        }

        return lattice.Rank();
    }

    private void Walk(int start, int position, int length, double weight)
    {
        if (position == end)
        {
            return;
        }

        var slot = slots[position];
        if (slot.Kind != SlotKind.Gap)
        {
            Extend(start, position, length, slot.Text, weight);
            return;
        }

        var gapWeights = weights[position];
        for (var candidate = 0; candidate < slot.Candidates.Count; candidate++)
        {
            path.Add((position, candidate));
            Extend(start, position, length, slot.Candidates[candidate], weight + gapWeights[candidate]);
            path.RemoveAt(path.Count - 1);
        }
    }

    private void Extend(int start, int position, int length, string text, double weight)
    {
        if (length + text.Length > buffer.Length)
        {
            return;
        }

        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
        var known = words.TryGet(buffer.AsSpan(0, length), out var count, out var tag);
        if (position == start)
        {
            AddEdge(start, position + 1, count > 0 ? count : CharacterPrior.Frequency(text), count > 0 ? tag : CharacterPrior.TagOf(text), weight);
        }
        else if (count > 0)
        {
            AddEdge(start, position + 1, count, tag, weight);
        }

        if (known)
        {
            Walk(start, position + 1, length, weight);
        }
    }

    private void AddEdge(int start, int stop, int count, string? tag, double weight)
    {
        var single = stop - start == 1;
        edges.Add(new Edge(
            start, stop, Math.Log(count) - words.LogTotal + weight, choices.Count, path.Count,
            grammar.StateOf(tag, single, start: true), grammar.StateOf(tag, single, start: false)));
        choices.AddRange(path);
    }

    private IReadOnlyList<GapRanking> Rank()
    {
        // forward[i][state]: the best path over [first, i) whose last word ends in state (-1: none yet).
        // backward[i][state]: the best path over [i, end) after a word that ends in state.
        var size = end - first + 1;
        var forward = new Dictionary<int, double>[size];
        var backward = new Dictionary<int, double>[size];
        var byStart = new List<Edge>[size];
        for (var i = 0; i < size; i++)
        {
            (forward[i], backward[i], byStart[i]) = ([], [], []);
        }

        forward[0][-1] = 0;
        foreach (var edge in edges)
        {
            byStart[edge.Start - first].Add(edge);
        }

        for (var i = 0; i < size - 1; i++)
        {
            foreach (var edge in byStart[i])
            {
                var score = Arriving(forward[i], edge) + edge.Score;
                var next = forward[edge.Stop - first];
                next[edge.EndState] = Math.Max(next.GetValueOrDefault(edge.EndState, double.NegativeInfinity), score);
            }
        }

        for (var i = size - 1; i >= 0; i--)
        {
            foreach (var state in forward[i].Keys)
            {
                backward[i][state] = i == size - 1 ? 0 : byStart[i].Max(e =>
                    grammar.Between(state, e.StartState) + e.Score + backward[e.Stop - first][e.EndState]);
            }
        }

        var best = new Dictionary<(int Slot, int Candidate), double>();
        foreach (var edge in edges)
        {
            var through = Arriving(forward[edge.Start - first], edge) + edge.Score + backward[edge.Stop - first][edge.EndState];
            for (var i = edge.FirstChoice; i < edge.FirstChoice + edge.ChoiceCount; i++)
            {
                var key = choices[i];
                best[key] = Math.Max(best.GetValueOrDefault(key, double.NegativeInfinity), through);
            }
        }

        return [.. best
            .GroupBy(b => b.Key.Slot)
            .OrderBy(g => g.Key)
            .Select(g => new GapRanking(g.Key, [.. g
                .OrderByDescending(b => b.Value)
                .ThenBy(b => b.Key.Candidate)
                .Select(b => (b.Key.Candidate, b.Value))]))];
    }

    private double Arriving(Dictionary<int, double> before, Edge edge) =>
        before.Max(b => b.Value + grammar.Between(b.Key, edge.StartState));

    private readonly record struct Edge(int Start, int Stop, double Score, int FirstChoice, int ChoiceCount, int StartState, int EndState);
}
