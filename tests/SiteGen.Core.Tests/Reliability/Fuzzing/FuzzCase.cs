using System.Text;
using SiteGen.Testing;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Core.Tests.Reliability.Fuzzing;

/// <summary>
/// One generated input: a valid seed record, some of its texts replaced by generated strings (which keeps it a
/// record, so most such cases build), then mutations of its bytes, lines and values (which mostly do not).
/// Everything is indexes and strings, so a failing case prints, replays and shrinks.
/// </summary>
public sealed record FuzzCase(int Seed, IReadOnlyList<(int Node, string Text)> Replacements, IReadOnlyList<Mutation> Mutations)
{
    /// <summary>The records every case starts from: the sample content's and the rendering fixtures'.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Seeds { get; } =
    [
        .. Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "experiments"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "SiteGen.Core.Tests", "Rendering", "Fixtures", "experiments"), "*.yaml"))
            .Where(f => SiteGen.Loading.RecordFiles.IsRecordName(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))),
    ];

    public string FileName => Seeds[Seed].FileName;

    /// <summary>The file's bytes.</summary>
    public byte[] Bytes()
    {
        var text = Replacements.Count == 0 ? Seeds[Seed].Text : Replace(Seeds[Seed].Text, Replacements);
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var mutation in Mutations)
        {
            bytes = mutation.Apply(bytes);
        }

        return bytes;
    }

    public override string ToString() =>
        $"seed {FileName}; replaced [{string.Join(", ", Replacements.Select(r => $"#{r.Node}={Mutation.Show(r.Text)}"))}]; mutated [{string.Join(", ", Mutations)}]";

    private static readonly HashSet<string> TextKeys = ["run", "output", "actual", "error", "text", "location", "name", "value", "icon", "url", "language"];

    /// <summary>Sets the chosen texts (localized values and code fields, counted in document order) and writes the YAML again.</summary>
    private static string Replace(string text, IReadOnlyList<(int Node, string Text)> replacements)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var slots = new List<(YamlMappingNode Map, YamlNode Key)>();
        Collect(stream.Documents[0].RootNode, slots);
        foreach (var (node, value) in replacements)
        {
            var (map, key) = slots[node % slots.Count];
            map.Children[key] = new YamlScalarNode(WellFormed(value));
        }

        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>YamlDotNet's emitter refuses lone surrogates; they reach the reader through byte mutations and "\uD800" escapes instead.</summary>
    private static string WellFormed(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var paired = char.IsHighSurrogate(source[i]) ? i + 1 < source.Length && char.IsLowSurrogate(source[i + 1])
                    : !char.IsLowSurrogate(source[i]) || (i > 0 && char.IsHighSurrogate(source[i - 1]));
                span[i] = paired ? source[i] : '\uFFFD';
            }
        });

    private static void Collect(YamlNode node, List<(YamlMappingNode, YamlNode)> slots)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    var name = (key as YamlScalarNode)?.Value;
                    if (value is YamlScalarNode && (name is "zh" or "en" || (name is not null && TextKeys.Contains(name))))
                    {
                        slots.Add((map, key));
                    }
                    else
                    {
                        Collect(value, slots);
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list)
                {
                    Collect(item, slots);
                }

                break;
        }
    }
}
