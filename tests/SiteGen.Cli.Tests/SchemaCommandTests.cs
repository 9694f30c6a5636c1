using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary><c>sitegen schema</c>: the JSON Schemas for editors, with the languages of the site being written.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.OfRepository();

    [Fact]
    public void Schema_WritesBothSchemas_WithTheSitesLanguagesAsTheKeysOfLocalizedText()
    {
        _workspace.Edit("content/site.yaml", "  - code: en\n", "  - code: ja\n    locale: ja\n    name: 日本語\n  - code: en\n");
        var folder = _workspace.PathOf("schemas");

        var run = Sitegen.Run("schema", "--content", _workspace.Content, "--out", folder);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^Wrote \S*schemas/lab-record.schema.json and \S*schemas/site.schema.json.\n$", run.Output);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "lab-record.schema.json")));
        var languages = record.RootElement.GetProperty("definitions").GetProperty("Localized").GetProperty("anyOf")[1].GetProperty("properties");
        Assert.Equal(["zh", "ja", "en"], languages.EnumerateObject().Select(p => p.Name));
        Assert.True(File.Exists(Path.Combine(folder, "site.schema.json")));
    }

    [Fact]
    public void Schema_WithABrokenSiteYaml_SaysSo_AndAcceptsAnyLanguage()
    {
        _workspace.Write("content/site.yaml", "title: [unclosed\n");

        var run = Sitegen.Run("schema", "--content", _workspace.Content);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("error SG0001", run.Output, StringComparison.Ordinal);
        Assert.Contains("site.yaml could not be read, so localized texts in the record schema may use any language code.", run.Output, StringComparison.Ordinal);
        using var record = JsonDocument.Parse(File.ReadAllText(_workspace.PathOf("content/schema/lab-record.schema.json")));
        Assert.Equal(
            "^[a-z]{2,3}$",
            record.RootElement.GetProperty("definitions").GetProperty("Localized").GetProperty("anyOf")[1].GetProperty("propertyNames").GetProperty("pattern").GetString());
    }

    public void Dispose() => _workspace.Dispose();
}
