using System.Text.Json;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// How likely one part of speech is to follow another, from jieba's part-of-speech model
/// (<c>pos_prob_trans.json</c>: log P(next state | previous state), states such as <c>S-d</c> for a
/// one-character adverb or <c>B-v</c> for the start of a longer verb). It lets 中的 beat 不的 where word
/// counts alone prefer 不.
/// </summary>
internal sealed class PartOfSpeechTransitions
{
    internal const string ResourceName = "SiteGen.Importing.Encoding.jieba-pos-trans.json";

    /// <summary>The score given to a pair jieba's model never saw (about one in 100,000).</summary>
    private const double Unseen = -11.5;

    /// <summary>
    /// How much a transition counts beside the word counts. Measured on the lab record 2.1 fixture: 0 gives
    /// 11 wrong characters, 0.3 and 0.5 give 9, 1 gives 17 (and scoring against how common the next state
    /// is, instead of the plain log-probability, did worse); the mangled sentences test stays at 91 of 95.
    /// </summary>
    private const double Weight = 0.5;

    private static readonly Lazy<PartOfSpeechTransitions> Loaded = new(Load);

    private readonly Dictionary<string, int> states;
    private readonly double[,] scores;

    private PartOfSpeechTransitions(Dictionary<string, Dictionary<string, double>> table)
    {
        var names = table.Keys.Concat(table.Values.SelectMany(v => v.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        states = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        scores = new double[names.Count, names.Count];
        foreach (var previous in names)
        {
            foreach (var next in names)
            {
                scores[states[previous], states[next]] = Weight * (table.GetValueOrDefault(previous)?.GetValueOrDefault(next, Unseen) ?? Unseen);
            }
        }
    }

    /// <summary>The model, loaded on first use.</summary>
    public static PartOfSpeechTransitions Shared => Loaded.Value;

    /// <summary>
    /// The state a word ends in (<c>S-tag</c> or <c>E-tag</c>) or starts in (<c>S-tag</c> or <c>B-tag</c>),
    /// or -1 when the model does not know the tag (then transitions to and from it score 0).
    /// </summary>
    public int StateOf(string? tag, bool single, bool start) =>
        tag is null ? -1 : states.GetValueOrDefault((single ? "S-" : start ? "B-" : "E-") + tag, -1);

    /// <summary>The log-weight of a word ending in <paramref name="previous"/> followed by one starting in <paramref name="next"/>.</summary>
    public double Between(int previous, int next) => previous < 0 || next < 0 ? 0 : scores[previous, next];

    private static PartOfSpeechTransitions Load()
    {
        using var stream = typeof(PartOfSpeechTransitions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from SiteGen.Core.");
        return new PartOfSpeechTransitions(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(stream)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is empty."));
    }
}
