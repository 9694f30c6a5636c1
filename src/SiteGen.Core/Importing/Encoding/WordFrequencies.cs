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

    private readonly Dictionary<string, Entry> counts;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly IReadOnlyList<string> tags;

    private WordFrequencies(Dictionary<string, Entry> counts, IReadOnlyList<string> tags, long total, int longest)
    {
        this.counts = counts;
        this.tags = tags;
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
    public bool TryGet(ReadOnlySpan<char> text, out int count) => TryGet(text, out count, out _);

    /// <summary>As <see cref="TryGet(ReadOnlySpan{char}, out int)"/>, with the word's part of speech (null for a prefix).</summary>
    public bool TryGet(ReadOnlySpan<char> text, out int count, out string? tag)
    {
        var found = lookup.TryGetValue(text, out var entry);
        count = entry.Count;
        tag = found && entry.Tag >= 0 ? tags[entry.Tag] : null;
        return found;
    }

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
        var counts = new Dictionary<string, Entry>(700_000, StringComparer.Ordinal);
        var adding = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var tags = new List<string>();
        var tagLookup = new Dictionary<string, short>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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

            var tag = end < 0 ? [] : rest[(end + 1)..].Trim();
            if (!tagLookup.TryGetValue(tag, out var tagNumber))
            {
                tagNumber = (short)tags.Count;
                tagLookup[tag] = tagNumber;
                tags.Add(tag.ToString());
            }

            var word = fields[..space];
            adding[word] = new Entry(count, tagNumber);
            total += count;
            longest = Math.Max(longest, word.Length);
            for (var length = 1; length < word.Length; length++)
            {
                adding.TryAdd(word[..length], new Entry(0, -1));
            }
        }

        return new WordFrequencies(counts, tags, Math.Max(total, 1), longest);
    }

    private readonly record struct Entry(int Count, short Tag);
}
