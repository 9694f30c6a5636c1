using System.Text;
using SiteGen.Rendering.Text;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The Mermaid flowchart of a chapter's learning path: each experiment a node (labelled with its id and title,
/// marked ✅ when every objective is done, ⏳ when some are left, drawn dashed and "planned" when it has no
/// record yet) that links to its page; each follow-up an arrow, solid once done, dotted until then. The
/// chapter's experiments come first, then those their follow-ups lead to in other chapters (or that are
/// planned), then those in other chapters whose follow-ups lead here.
/// </summary>
public static class LearningPathDiagram
{
    /// <summary>
    /// Most nodes a chapter's diagram has. A chapter with more shows its path as a list only: beyond this a
    /// flowchart is a tangle no one reads, and Mermaid's limits (text size, edges) come near.
    /// </summary>
    public const int MaxNodes = 40;

    /// <summary>The flowchart of <paramref name="steps"/> and of <paramref name="incoming"/> follow-ups, or null when it would have more than <see cref="MaxNodes"/> nodes.</summary>
    /// <param name="nodes">How many nodes the flowchart has, or would have.</param>
    public static string? Source(
        IReadOnlyList<PathStep> steps, IEnumerable<(PathNode From, PathFollowUp FollowUp)> incoming, UiStrings ui, out int nodes)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new List<(string Name, PathNode Node)>();
        var edges = new List<(string From, string To)>();
        var done = new Dictionary<(string From, string To), bool>();
        foreach (var step in steps)
        {
            Name(step.Experiment);
        }

        foreach (var step in steps)
        {
            foreach (var followUp in step.FollowUps)
            {
                Edge(step.Experiment, followUp);
            }
        }

        foreach (var (from, followUp) in incoming)
        {
            Edge(from, followUp);
        }

        nodes = ids.Count;
        if (nodes > MaxNodes)
        {
            return null;
        }

        var source = new StringBuilder("---\nconfig:\n  flowchart:\n    wrappingWidth: ")
            .Append(MermaidText.WrappingWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\n---\nflowchart TD\n");
        foreach (var (name, node) in named)
        {
            source.Append("    ").Append(name).Append("[\"").Append(Label(node, ui)).Append("\"]\n");
        }

        foreach (var edge in edges)
        {
            source.Append("    ").Append(edge.From).Append(done[edge] ? " --> " : " -.-> ").Append(edge.To).Append('\n');
        }

        foreach (var (name, node) in named)
        {
            // Hrefs are made of ids, slugs and language codes, which never hold a quote; one that did would end the string.
            if (node.Href is { } href && !href.Contains('"', StringComparison.Ordinal))
            {
                source.Append("    click ").Append(name).Append(" href \"").Append(href).Append("\"\n");
            }
        }

        foreach (var (status, style) in new[] { (PathStatus.Done, "done"), (PathStatus.Planned, "planned") })
        {
            var members = named.Where(n => n.Node.Status == status).Select(n => n.Name).ToList();
            if (members.Count > 0)
            {
                source.Append("    class ").AppendJoin(',', members).Append(' ').Append(style).Append('\n');
            }
        }

        // Set apart by line, not by colour alone, so both themes (and print) keep them readable.
        source.Append("    classDef done stroke-width:3px\n");
        source.Append("    classDef planned stroke-dasharray:6 4\n");
        return source.ToString();

        // Node names are n1, n2, ...: nothing of an id or a title reaches Mermaid's syntax but through a label.
        string Name(PathNode node)
        {
            if (!ids.TryGetValue(node.Id, out var name))
            {
                name = $"n{ids.Count + 1}";
                ids[node.Id] = name;
                named.Add((name, node));
            }

            return name;
        }

        // One arrow per pair, solid when any follow-up between them is done.
        void Edge(PathNode from, PathFollowUp followUp)
        {
            var key = (Name(from), Name(followUp.Target));
            if (!done.TryGetValue(key, out var was))
            {
                edges.Add(key);
            }

            done[key] = was || followUp.Done;
        }
    }

    /// <summary>"✅ 2.1", then the title: the id says the chapter, so a node from another chapter needs no more.</summary>
    private static string Label(PathNode node, UiStrings ui)
    {
        var head = node.Status switch
        {
            PathStatus.Done => "✅ " + node.Id,
            PathStatus.InProgress => "⏳ " + node.Id,
            _ => node.Id + " · " + ui["path_planned"],
        };
        var name = node.Title is { } title ? MermaidText.Label(title.Text) : "";
        return name.Length > 0 ? MermaidText.Label(head) + "<br/>" + name : MermaidText.Label(head);
    }
}
