using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Schema;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Schema;

/// <summary>
/// The JSON Schema editors use is generated from the model, and says what <c>check</c> says: every sample
/// record passes it, and each kind of mistake fails both.
/// </summary>
public sealed class JsonSchemaTests
{
    private const string Record = "experiments/02-controllers/2.1-statefulset.yaml";
    private static readonly string[] Languages = ["zh", "en"];

    public static TheoryData<string> SampleRecords =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "experiments"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => SiteGen.Loading.RecordFiles.IsRecordName(Path.GetFileName(f)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Content, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Theory, MemberData(nameof(SampleRecords))]
    public void EverySampleRecord_PassesTheSchema(string record)
    {
        var problems = Problems(JsonSchemaGenerator.ForRecord(Languages), File.ReadAllText(Path.Combine(RepositoryPaths.Content, record)));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheSampleSiteYaml_PassesTheSiteSchema()
    {
        var problems = Problems(JsonSchemaGenerator.ForSite(), File.ReadAllText(Path.Combine(RepositoryPaths.Content, "site.yaml")));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("a wrong type", "chapter: 2\n", "chapter: two\n", "SG0102")]
    [InlineData("an unknown key", "slug: statefulset\n", "slug: statefulset\nslgu: x\n", "SG0101")]
    [InlineData("a status that is not one", "status: resolved", "status: done-ish", "SG0105")]
    [InlineData("a bad id", "id: \"2.1\"", "id: \"2-1\"", "SG0109")]
    [InlineData("a bad slug", "slug: statefulset", "slug: Stateful Set", "SG0109")]
    [InlineData("a missing required key", "slug: statefulset\n", "", "SG0103")]
    [InlineData("an unknown language", "  en: \"StatefulSet: stateful applications\"", "  fr: \"StatefulSet: stateful applications\"", "SG0106")]
    [InlineData("a bad date", "date: 2024-01-15", "date: 2024-13-45", "SG0104")]
    [InlineData("a bad duration", "duration: 1.5h", "duration: soon", "SG0107")]
    [InlineData("a list where text goes", "slug: statefulset", "slug: [a, b]", "SG0102")]
    [InlineData("a rating out of range", "  knowledge: 5", "  knowledge: 9", "SG0108")]
    public void AMistake_FailsTheSchema_AndCheck(string mistake, string find, string replace, string code)
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("content/" + Record, find, replace);
        var text = File.ReadAllText(workspace.PathOf("content/" + Record));

        var problems = Problems(JsonSchemaGenerator.ForRecord(Languages), text);
        var check = new ContentChecker(new PathDisplay(workspace.Root)).Check(workspace.Content);

        Assert.True(problems.Count > 0, $"{mistake}: the schema accepts it");
        Assert.Contains(check.Diagnostics.Items, d => d.IsError && d.Code == code);
    }

    [Fact]
    public void EveryField_AndEveryObject_IsDescribed()
    {
        foreach (var schema in new[] { JsonSchemaGenerator.ForRecord(Languages), JsonSchemaGenerator.ForSite() })
        {
            var undescribed = new List<string>();
            Undescribed(schema, "(top level)", undescribed);
            foreach (var (name, definition) in schema["definitions"]!.AsObject())
            {
                if (definition!["description"] is null)
                {
                    undescribed.Add($"the type {name}");
                }

                Undescribed(definition.AsObject(), name, undescribed);
            }

            Assert.True(undescribed.Count == 0, $"{schema["title"]}: no description for {string.Join(", ", undescribed)}");
        }
    }

    [Fact]
    public void TheSchemasInTheContentFolder_AreTheOnesTheModelGives()
    {
        // Regenerate with: dotnet run --project src/SiteGen.Cli -- schema
        var folder = Path.Combine(RepositoryPaths.Content, SchemaFiles.Folder);

        Assert.Equal(JsonSchemaGenerator.Format(JsonSchemaGenerator.ForRecord(Languages)), File.ReadAllText(Path.Combine(folder, JsonSchemaGenerator.RecordFile)));
        Assert.Equal(JsonSchemaGenerator.Format(JsonSchemaGenerator.ForSite()), File.ReadAllText(Path.Combine(folder, JsonSchemaGenerator.SiteFile)));
    }

    private static void Undescribed(JsonObject schema, string where, List<string> undescribed)
    {
        foreach (var (key, property) in schema["properties"]?.AsObject() ?? [])
        {
            if (property!["description"] is null)
            {
                undescribed.Add($"{where}.{key}");
            }
        }
    }

    /// <summary>What a JSON Schema validator finds wrong with a YAML text: an instance location and message each.</summary>
    private static List<string> Problems(JsonObject schema, string yaml)
    {
        var evaluated = JsonSchema.FromText(schema.ToJsonString())
            .Evaluate(YamlAsJson.Read(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return evaluated.IsValid
            ? []
            : [.. (evaluated.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid")];
    }
}
