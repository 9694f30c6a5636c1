using SiteGen.Diagnostics;
using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Testing;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Core.Tests.Importing;

/// <summary>A record written as YAML reads back as the same record: every value, nothing added.</summary>
public sealed class RecordYamlTests
{
    public static TheoryData<string> SampleRecords() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "experiments"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => SiteGen.Loading.RecordFiles.IsRecordName(Path.GetFileName(f)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Content, f)).Order(StringComparer.Ordinal)];

    [Theory, MemberData(nameof(SampleRecords))]
    public void ASampleRecord_WrittenAgain_HasTheSameValues_AndPassesTheLoader(string file)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Content, file));
        var record = Load(original, file);

        var written = RecordYaml.Write(record);

        Assert.Equal(Canonical(original), Canonical(written));
        Assert.Equal(written, RecordYaml.Write(Load(written, file)));
    }

    [Theory]
    [InlineData("2.1")]
    [InlineData("true")]
    [InlineData("1e3")]
    [InlineData("- a list?")]
    [InlineData("# not a comment")]
    [InlineData(" leading space")]
    [InlineData("key: value")]
    [InlineData("📊 an icon beyond the first plane")]
    [InlineData(@"a backslash and U: \U0001F4CA")]
    public void TextThatLooksLikeSomethingElse_IsWrittenSoItReadsBackAsText(string text)
    {
        var record = Load($"id: \"2.1\"\nslug: a\nchapter: 2\ntitle: t\ndate: 2024-01-01\nsummary:\n  one_line: {Quote(text)}\n", "a.yaml");

        var again = Load(RecordYaml.Write(record), "a.yaml");

        Assert.Equal(text, again.Summary.OneLine.Neutral);
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("ends in a newline\n")]
    [InlineData("a literal line that looks quoted:\n  key: \"\\U0001F600\"\n")]
    [InlineData("  indented first line\nsecond")]
    public void TextOfSeveralLines_ReadsBackExactly(string text)
    {
        var record = Load("id: \"2.1\"\nslug: a\nchapter: 2\ntitle: t\ndate: 2024-01-01\nsummary:\n  one_line: x\nenvironment:\n  - run: echo\n    output: " + Quote(text) + "\n", "a.yaml");

        var again = Load(RecordYaml.Write(record), "a.yaml");

        Assert.Equal(text, again.Environment[0].Output);
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static Model.LabRecord Load(string yaml, string file)
    {
        var diagnostics = new DiagnosticBag();
        var (record, _, _) = RecordLoader.Load(System.Text.Encoding.UTF8.GetBytes(yaml), file, ["zh", "en"], diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Select(d => d.Message)) + "\n" + yaml);
        return record!;
    }

    /// <summary>The YAML's values as lines of <c>path = value</c>, leaving out what a reader cannot tell from absent: false, empty lists.</summary>
    private static string Canonical(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var lines = new List<string>();
        Walk(stream.Documents[0].RootNode, "");
        return string.Join("\n", lines.Order(StringComparer.Ordinal));

        void Walk(YamlNode node, string path)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        Walk(value, $"{path}.{((YamlScalarNode)key).Value}");
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        var item = sequence.Children[i];
                        // A command written as its run alone is the same as { run: ... }.
                        Walk(item is YamlScalarNode && path.EndsWith("commands", StringComparison.Ordinal) || path.EndsWith("environment", StringComparison.Ordinal) && item is YamlScalarNode
                            ? new YamlMappingNode(new YamlScalarNode("run"), item) : item, $"{path}[{i}]");
                    }

                    break;
                case YamlScalarNode { Value: var value } when value is not ("false" or "[]"):
                    lines.Add($"{path} = {value!.TrimEnd('\n')}");
                    break;
            }
        }
    }
}
