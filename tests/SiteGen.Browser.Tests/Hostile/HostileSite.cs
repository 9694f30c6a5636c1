using System.Globalization;
using System.Text;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Browser.Tests.Hostile;

/// <summary>
/// A site whose content attacks its readers: every script-injection payload of the Big List of Naughty Strings
/// (as written, and with its <c>\xNN</c> escapes decoded), plus the vectors particular to Markdown and Mermaid,
/// in every prose and code field of the richest sample record, in the diagram sources and in site.yaml.
/// </summary>
public static class HostileSite
{
    /// <summary>Where a payload that leaves the page would go; the browser tests block and report such requests.</summary>
    public const string OtherHost = "evil.example";

    private const int PayloadsPerRecord = 20;

    /// <summary>The one image of the hostile site, shown as every screenshot: an SVG that tries to run and to call out when opened on its own.</summary>
    public const string HostileSvg = "images/hostile.svg";

    private static readonly string HostileSvgText = $$"""
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="80" onload="alert('svg onload')">
          <script>alert('svg script'); fetch('http://{{OtherHost}}/svg-script');</script>
          <script xlink:href="http://{{OtherHost}}/svg.js"/>
          <style>@import url(http://{{OtherHost}}/svg.css);</style>
          <rect width="240" height="80" fill="#ddd" onmouseover="alert('svg handler')"/>
          <image href="http://{{OtherHost}}/svg-image.png" width="10" height="10"/>
          <foreignObject width="240" height="40"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert('svg iframe')"/></foreignObject>
          <a href="javascript:alert('svg link')"><text x="10" y="60">click</text></a>
          <a><set attributeName="href" to="javascript:alert('svg set')"/><text x="120" y="60">set</text></a>
        </svg>
        """;

    /// <summary>Vectors the list does not have: Markdown links and autolinks, and what a Mermaid label or directive can hold.</summary>
    private static readonly string[] MarkupVectors =
    [
        $"<img src=\"http://{OtherHost}/label.png\">",
        $"<img src=x onerror=\"fetch('http://{OtherHost}/onerror')\">",
        $"<svg><image href=\"http://{OtherHost}/image.svg\"/></svg>",
        $"<div style=\"background:url(http://{OtherHost}/background.png)\">styled</div>",
        $"<style>@import url(http://{OtherHost}/import.css);</style>",
        $"<iframe src=\"http://{OtherHost}/frame.html\"></iframe>",
        $"<link rel=stylesheet href=\"http://{OtherHost}/link.css\">",
        $"<video poster=\"http://{OtherHost}/poster.png\"></video>",
        "<a href=\"javascript:alert(1)\">anchor</a>",
        "[link](javascript:alert(1))",
        "[link](JaVaScRiPt:alert(1))",
        "[link](java&#x09;script:alert(1))",
        "[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[link](vbscript:msgbox(1))",
        "<javascript:alert(1)>",
        // An image with a javascript: (or any non-http) address is refused by check (SG0805, RecordFilesCheckTests), so it
        // cannot reach a page; its link form above still does.
        "[ref][r]\n\n[r]: javascript:alert(1)",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    ];

    /// <summary>Diagram sources that try to loosen Mermaid itself, each its own diagram.</summary>
    public static IReadOnlyList<string> MermaidAttacks { get; } = [.. new[]
    {
        """
        %%{init: {"securityLevel": "loose", "htmlLabels": true, "dompurifyConfig": {"ADD_TAGS": ["img"]}}}%%
        flowchart LR
            a["<img src='http://HOST/directive.png'>"] --> b["<b>bold</b>"]
            click a call alert(1)
            click b href "javascript:alert(1)"
        """,
        """
        ---
        config:
          securityLevel: loose
          flowchart:
            htmlLabels: true
          dompurifyConfig:
            ADD_TAGS: [img]
        ---
        flowchart LR
            a["<img src='http://HOST/frontmatter.png'>"] --> b
            click a call alert(1)
        """,
        """
        sequenceDiagram
            Alice->>Bob: <img src="http://HOST/sequence.png">
            Note over Alice: <a href="javascript:alert(1)">note</a>
        """,
        """
        classDiagram
            class A["<img src='http://HOST/class.png'>"]
            link A "javascript:alert(1)"
        """,
    }.Select(s => s.Replace("HOST", OtherHost, StringComparison.Ordinal))];

    /// <summary>
    /// Every payload that can reach a page: the list's script injections as written, then decoded where that changes
    /// them, then <see cref="MarkupVectors"/>. Decoded strings holding a control character are left out: check rejects
    /// those (SG0011), which a Core test pins.
    /// </summary>
    public static IReadOnlyList<string> Payloads { get; } = BuildPayloads();

    private static List<string> BuildPayloads()
    {
        var written = NaughtyStrings.Section("Script Injection");
        var decoded = written.Select(NaughtyStrings.Decode)
            .Where(d => !written.Contains(d) && !d.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')));
        return [.. written.Concat(decoded).Concat(MarkupVectors).Distinct()];
    }

    /// <summary>The hostile content, written into <paramref name="root"/>/content, built into <paramref name="root"/>/site.</summary>
    public static BuildResult Build(string root)
    {
        var content = Path.Combine(root, "content");
        var chapter = Path.Combine(content, "experiments", "02-controllers");
        Directory.CreateDirectory(chapter);
        File.WriteAllText(Path.Combine(content, "site.yaml"), SiteYaml());
        Directory.CreateDirectory(Path.Combine(chapter, "images"));
        File.WriteAllText(Path.Combine(chapter, HostileSvg), HostileSvgText);
        var groups = Payloads.Chunk(PayloadsPerRecord).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            var number = i + 1;
            File.WriteAllText(Path.Combine(chapter, $"2.{number}-xss-{number}.yaml"), Record(number, groups.Count, groups[i], i == 0 ? MermaidAttacks : []));
        }

        return SiteBuilder.Build(new BuildOptions(content, RepositoryPaths.Templates, Path.Combine(root, "site"),
            BuildOptions.DefaultVendorDirectory, new PathDisplay(root), CacheDirectory: Path.Combine(root, "cache"))
        {
            // The corpus puts payloads into diagram sources that Mermaid refuses to parse: drawn at build time they
            // would fail the build (as they should). Here they go to the readers' browsers, the path a site without
            // a Chromium at build time takes, to show that path is safe too; build-time drawing has its own tests.
            Diagrams = SiteGen.Diagrams.DiagramMode.InBrowser,
        });
    }

    private static string SiteYaml()
    {
        var all = string.Join(" ", Payloads);
        var site = (YamlMappingNode)Load(Path.Combine(RepositoryPaths.Content, "site.yaml"));
        Localize(site, "title", "Site " + all);
        foreach (var chapter in ((YamlSequenceNode)site["chapters"]).Cast<YamlMappingNode>())
        {
            Localize(chapter, "title", "Chapter " + all);
        }

        return Save(site);
    }

    /// <summary>
    /// The sample record 2.1 with every localized text, command and output replaced by the payloads; its follow-ups
    /// are the next record (done) and one with no record, titled with payloads, so the learning path on the index
    /// draws hostile titles in its nodes, a planned one included.
    /// </summary>
    private static string Record(int number, int records, IReadOnlyList<string> payloads, IReadOnlyList<string> extraDiagrams)
    {
        var record = (YamlMappingNode)Load(Path.Combine(RepositoryPaths.Content, "experiments", "02-controllers", "2.1-statefulset.yaml"));
        record.Children[new YamlScalarNode("id")] = new YamlScalarNode($"2.{number}") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
        record.Children[new YamlScalarNode("slug")] = new YamlScalarNode($"xss-{number}");
        record.Children.Remove(new YamlScalarNode("resources"));
        record.Children.Remove(new YamlScalarNode("next_steps"));

        var prose = string.Join("\n\n", payloads.Select((p, i) => $"{p}\n\n[{p}](#p{i}) `{p}`"));
        var code = string.Join("\n", payloads);
        Replace(record, prose, code);
        ShowAsEveryScreenshot(record, HostileSvg);
        record.Children[new YamlScalarNode("next_steps")] = new YamlMappingNode(
            "experiments", new YamlSequenceNode(
                new YamlMappingNode(
                    "experiment", new YamlScalarNode($"2.{(number % records) + 1}") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted },
                    "done", "true"),
                new YamlMappingNode(
                    "experiment", new YamlScalarNode("2.99") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted },
                    "title", Localized(string.Join(" ", payloads.Where(p => !p.Contains('\n')).Take(3))))));

        // Tags are shown as written and name pages of their own: the payloads are tags too.
        record.Children[new YamlScalarNode("tags")] = new YamlSequenceNode(payloads.Where(p => p.Trim().Length > 0 && !p.Contains('\n')).Take(5)
            .Select(p => new YamlScalarNode(p) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }));

        var diagrams = new YamlSequenceNode();
        foreach (var source in new[] { Flowchart(payloads), Sequence(payloads) }.Concat(extraDiagrams))
        {
            diagrams.Add(new YamlMappingNode(
                "title", Localized("Diagram " + payloads[0]),
                "description", Localized(prose),
                "mermaid", Localized(source)));
        }

        record.Children[new YamlScalarNode("diagrams")] = diagrams;
        return Save(record);
    }

    /// <summary>Each payload as a node label and an edge label, quoted so Mermaid's own syntax stays whole.</summary>
    private static string Flowchart(IReadOnlyList<string> payloads)
    {
        var text = new StringBuilder("flowchart TB\n");
        for (var i = 0; i < payloads.Count; i++)
        {
            var label = payloads[i].Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            text.Append(CultureInfo.InvariantCulture, $"    n{i}[\"{label}\"] -->|\"{label}\"| n{i + 1}\n");
        }

        return text.ToString();
    }

    /// <summary>Each payload as a message and a note, unquoted: what Mermaid reads to the end of the line.</summary>
    private static string Sequence(IReadOnlyList<string> payloads)
    {
        var text = new StringBuilder("sequenceDiagram\n");
        foreach (var payload in payloads)
        {
            var line = payload.Replace("\n", " ", StringComparison.Ordinal).Replace(";", "#59;", StringComparison.Ordinal);
            text.Append(CultureInfo.InvariantCulture, $"    Alice->>Bob: {line}\n    Note over Bob: {line}\n");
        }

        return text.ToString();
    }

    private static readonly HashSet<string> CodeKeys = ["run", "output", "actual", "error", "text", "location"];

    private static void Replace(YamlNode node, string prose, string code)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children.ToList())
                {
                    var name = ((YamlScalarNode)key).Value!;
                    if (IsLocalized(value))
                    {
                        map.Children[key] = Localized(prose);
                    }
                    else if (value is YamlScalarNode && CodeKeys.Contains(name))
                    {
                        map.Children[key] = Scalar(code);
                    }
                    else
                    {
                        Replace(value, prose, code);
                    }
                }

                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    if (IsLocalized(list.Children[i]))
                    {
                        list.Children[i] = Localized(prose);
                    }
                    else
                    {
                        Replace(list.Children[i], prose, code);
                    }
                }

                break;
        }
    }

    /// <summary>Points every screenshot's <c>file</c> at <paramref name="file"/>.</summary>
    private static void ShowAsEveryScreenshot(YamlNode node, string file)
    {
        foreach (var child in node.AllNodes.OfType<YamlMappingNode>().ToList())
        {
            if (child.Children.TryGetValue(new YamlScalarNode("screenshots"), out var list))
            {
                foreach (var shot in ((YamlSequenceNode)list).Cast<YamlMappingNode>())
                {
                    shot.Children[new YamlScalarNode("file")] = new YamlScalarNode(file);
                }
            }
        }
    }

    private static bool IsLocalized(YamlNode node) =>
        node is YamlMappingNode { Children.Count: > 0 } map
        && map.Children.Keys.All(k => k is YamlScalarNode { Value: "zh" or "en" });

    private static YamlMappingNode Localized(string text) => new(new YamlScalarNode("zh"), Scalar(text), new YamlScalarNode("en"), Scalar(text));

    /// <summary>
    /// A value as an author could write it: U+0085, U+2028 and U+2029 written raw are SG0011 (YAML would read
    /// them as line breaks), so a payload holding them is written double-quoted, where YAML escapes them
    /// (\N, \L, \P) and they reach the page as characters.
    /// </summary>
    private static YamlScalarNode Scalar(string text) =>
        text.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029') >= 0
            ? new YamlScalarNode(text) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }
            : new YamlScalarNode(text);

    private static void Localize(YamlMappingNode map, string key, string text) => map.Children[new YamlScalarNode(key)] = Localized(text);

    private static YamlNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents[0].RootNode;
    }

    private static string Save(YamlNode root)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
