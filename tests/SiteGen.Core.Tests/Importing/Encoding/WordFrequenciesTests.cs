using System.Diagnostics;
using SiteGen.Importing.Encoding;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Importing.Encoding;

/// <summary>jieba's dictionary travels inside the assembly and reads as jieba reads it.</summary>
public sealed class WordFrequenciesTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_FromTheEmbeddedResource_KnowsWordsTheirCountsAndTheirPrefixes()
    {
        var clock = Stopwatch.StartNew();
        var words = WordFrequencies.Load();
        output.WriteLine($"loaded {words.Count} words and prefixes in {clock.ElapsedMilliseconds} ms");

        Assert.True(words.TryGet("实验", out var count));
        Assert.Equal(5742, count);
        Assert.True(words.TryGet("侵华日军南京大屠杀遇难同胞", out var prefix));
        Assert.Equal(0, prefix);
        Assert.False(words.TryGet("实验记录", out _));
        Assert.Equal(16, words.LongestWord);
        Assert.True(words.TryGet("实验", out _, out var tag));
        Assert.Equal("vn", tag);
        Assert.InRange(words.LogTotal, Math.Log(6e7), Math.Log(6.1e7));
    }

    [Fact]
    public void Read_WhenLinesHaveNoTagOrAreMalformed_KeepsTheGoodOnes()
    {
        var words = WordFrequencies.Read(new StringReader("甲乙 3 n\r\n丙 4\r\nbroken\r\n丁 x n\r\n"));

        Assert.True(words.TryGet("甲乙", out var pair));
        Assert.True(words.TryGet("丙", out var single));
        Assert.Equal((3, 4), (pair, single));
        Assert.False(words.TryGet("丁", out _));
        Assert.Equal(Math.Log(7), words.LogTotal, 9);
    }
}
