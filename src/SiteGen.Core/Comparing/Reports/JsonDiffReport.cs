using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Comparing.Reports;

/// <summary>The diff as JSON for tools: the summary, and every output that is not unchanged with its kind, place and diff.</summary>
public static class JsonDiffReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(SiteDiff diff)
    {
        var summary = new JsonObject();
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            summary[DiffGroups.Verb(kind)] = diff.Count(kind);
        }

        var untranslated = new JsonObject();
        foreach (var (language, (old, @new)) in diff.Untranslated)
        {
            untranslated[language] = new JsonObject { ["old"] = old, ["new"] = @new };
        }

        var outputs = new JsonArray();
        foreach (var output in diff.Differences)
        {
            var entry = new JsonObject
            {
                ["path"] = output.Path,
                ["change"] = DiffGroups.Verb(output.Change),
                ["role"] = output.Output.Role.ToString(),
                ["language"] = output.Output.Language,
                ["chapter"] = output.Output.Chapter,
                ["experiment"] = output.Output.ExperimentId,
            };
            if (output.Visible is { } visible)
            {
                entry["hunks"] = new JsonArray([.. DiffSections.Of(visible).Select(h => (JsonNode)new JsonObject
                {
                    ["section"] = h.Section,
                    ["lines"] = new JsonArray([.. DiffSections.Unified(h).Select(l => (JsonNode)JsonValue.Create(l))]),
                })]);
            }

            outputs.Add(entry);
        }

        var root = new JsonObject
        {
            ["old"] = diff.OldName,
            ["new"] = diff.NewName,
            ["summary"] = summary,
            ["untranslated"] = untranslated,
            ["outputs"] = outputs,
        };
        return root.ToJsonString(Indented) + "\n";
    }
}
