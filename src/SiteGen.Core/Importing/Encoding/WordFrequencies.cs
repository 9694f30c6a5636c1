using System.Globalization;

namespace SiteGen.Importing.Encoding;

/// <summary>
/// jieba's word frequencies (its <c>dict.txt</c>: <c>word count tag</c> lines, MIT licence), embedded in this
/// assembly from the jieba.NET package and loaded once, on first use. As in jieba, every prefix of a word
/// is present with count 0, so a walk over the text can stop as soon as no word starts that way.
/// </summary>
internal sealed class WordFrequencies
{
    internal const string ResourceName = "SiteGen.Importing.Encoding.jieba-dict.txt";

    private static readonly Lazy<WordFrequencies> Loaded = new(Load);

    private readonly Dictionary<string, int> counts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private WordFrequencies(Dictionary<string, int> counts, long total, int longest)
    {
        this.counts = counts;
        lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        LogTotal = Math.Log(total);
        LongestWord = longest;
    }

    /// <summary>The dictionary, loaded on first use.</summary>
    public static WordFrequencies Shared => Loaded.Value;

    /// <summary>The log of the sum of all counts: a word's log-probability is log(count) minus this.</summary>
    public double LogTotal { get; }

    /// <summary>The length of the longest word, in UTF-16 units.</summary>
    public int LongestWord { get; }

    /// <summary>How many words and prefixes are known.</summary>
    public int Count => counts.Count;

    /// <summary>
    /// Whether <paramref name="text"/> is a word or the start of one; <paramref name="count"/> is the word's
    /// count, or 0 for a prefix that is no word by itself.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> text, out int count) => lookup.TryGetValue(text, out count);

    /// <summary>Reads the embedded dictionary.</summary>
    public static WordFrequencies Load()
    {
        using var stream = typeof(WordFrequencies).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from SiteGen.Core.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads <c>word count [tag]</c> lines.</summary>
    public static WordFrequencies Read(TextReader reader)
    {
        var counts = new Dictionary<string, int>(700_000, StringComparer.Ordinal);
        var adding = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        long total = 0;
        var longest = 0;
        while (reader.ReadLine() is { } line)
        {
            var fields = line.AsSpan().Trim();
            var space = fields.IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var rest = fields[(space + 1)..];
            var end = rest.IndexOf(' ');
            if (!int.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                continue;
            }

            var word = fields[..space];
            adding[word] = count;
            total += count;
            longest = Math.Max(longest, word.Length);
            for (var length = 1; length < word.Length; length++)
            {
                adding.TryAdd(word[..length], 0);
            }
        }

        return new WordFrequencies(counts, Math.Max(total, 1), longest);
    }
}
