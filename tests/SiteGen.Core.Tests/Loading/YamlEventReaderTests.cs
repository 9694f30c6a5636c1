using CsCheck;
using SiteGen.Loading.Yaml;
using SiteGen.Testing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Core.Tests.Loading;

/// <summary>
/// SiteGen reads YAML events with its own port of YamlDotNet's parser (which interns every mapping key,
/// behind a lock the whole process shares). The port must say exactly what YamlDotNet's parser says, for
/// any text: the same events at the same positions, or the same error at the same position.
/// </summary>
public sealed class YamlEventReaderTests
{
    private static readonly string[] Lines =
    [
        "key: value", "title: {zh: 标题, en: Title}", "- item", "- {a: 1, b: [2, 3]}", "list: [a, b, c]", "nested:", "- - deep",
        "text: |", "text: >-", "  block line", "'quoted': \"double\"", "anchor: &a value", "alias: *a", "tag: !!str 12", "local: !x y",
        "---", "...", "%YAML 1.2", "%TAG !e! tag:example.com,2000:", "? complex key", ": complex value", "# comment", "key:",
        "[unclosed, list", "{open: map", "a: b: c", "- a\n b", "  - misaligned", "\tkey: tab", "key: 'unterminated", "\"x\": y",
        "empty: ''", "null: ~", "[a: b, c]", "{a, b: c}", "- : x", "- ? y", "k: [1, {2: 3}]", "k: -", "k: !e!foo bar", "",
        "-", "?", ":", "- -", "- k: v", "k: &x", "k: !!str", "[, ]", "{: v}", "[? a : b]", "{a: }", "&x - a", "!t [a]", "a\n", "'a\n  b'",
    ];

    private static readonly string[] Indents = ["", "", "", "  ", "  ", "    ", " ", "\t"];

    [Fact]
    public void OnGeneratedYaml_TheReaderSaysExactlyWhatYamlDotNetsParserSays()
    {
        var line = Gen.Select(Gen.OneOf(Indents), Gen.OneOf(Lines)).Select(p => p.Item1 + p.Item2);
        line.Array[1, 14].Select(lines => string.Join("\n", lines)).Sample(
            text => Assert.Equal(Reference(text), Ours(text)),
            iter: LongRuns.Enabled ? 200_000 : 20_000);
    }

    [Fact]
    public void OnRecordsWithRandomEdits_TheReaderSaysExactlyWhatYamlDotNetsParserSays()
    {
        var record = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "experiments", "02-controllers", "2.1-statefulset.yaml"));
        var edit = Gen.Select(Gen.Int[0, record.Length - 1], Gen.OneOf(["", ":", "-", " ", "\n", "[", "{", "'", "\"", "|", "\t", "&", "*", "!", "#", "  "]), Gen.Int[0, 3]);
        edit.Array[1, 4].Sample(edits =>
        {
            var text = record;
            foreach (var (at, insert, remove) in edits)
            {
                var start = Math.Min(at, text.Length);
                text = string.Concat(text.AsSpan(0, start), insert, text.AsSpan(Math.Min(text.Length, start + remove)));
            }

            Assert.Equal(Reference(text), Ours(text));
        }, iter: LongRuns.Enabled ? 20_000 : 1_000);
    }

    /// <summary>YamlDotNet's parser's events, in the same shape, or the error it throws.</summary>
    private static List<string> Reference(string text)
    {
        var events = new List<string>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                events.Add(parser.Current switch
                {
                    StreamStart e => Line(YamlEventKind.StreamStart, e.Start),
                    StreamEnd e => Line(YamlEventKind.StreamEnd, e.Start),
                    DocumentStart e => Line(YamlEventKind.DocumentStart, e.Start),
                    DocumentEnd e => Line(YamlEventKind.DocumentEnd, e.Start),
                    AnchorAlias e => Line(YamlEventKind.Alias, e.Start, e.Value.Value),
                    Scalar e => Line(YamlEventKind.Scalar, e.Start, e.Value, e.Style == ScalarStyle.Plain),
                    SequenceStart e => Line(YamlEventKind.SequenceStart, e.Start),
                    SequenceEnd e => Line(YamlEventKind.SequenceEnd, e.Start),
                    MappingStart e => Line(YamlEventKind.MappingStart, e.Start),
                    MappingEnd e => Line(YamlEventKind.MappingEnd, e.Start),
                    var other => "unexpected " + other,
                });
            }
        }
        catch (Exception ex)
        {
            events.Add(Failure(ex));
        }

        return events;
    }

    private static List<string> Ours(string text)
    {
        var events = new List<string>();
        try
        {
            var reader = new YamlEventReader(new Scanner(new StringReader(text)));
            while (reader.MoveNext(out var e))
            {
                events.Add(Line(e.Kind, e.Start, e.Value, e.IsPlain));
            }
        }
        catch (Exception ex)
        {
            events.Add(Failure(ex));
        }

        return events;
    }

    private static string Line(YamlEventKind kind, Mark start, string? value = null, bool plain = false) =>
        $"{kind} ({start.Line},{start.Column})" + (kind is YamlEventKind.Scalar or YamlEventKind.Alias ? $" {value} {(plain ? "plain" : "quoted")}" : "");

    private static string Failure(Exception ex) =>
        ex is YamlException yaml ? $"{ex.GetType().Name} ({yaml.Start.Line},{yaml.Start.Column}) {ex.Message}" : $"{ex.GetType().Name} {ex.Message}";
}
