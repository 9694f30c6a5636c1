using System.Text.RegularExpressions;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.FirstRecord;

/// <summary>
/// The README's record reference is enough to write a record: its examples, one after the other, are a
/// record that checks clean against its site.yaml example, and what it says about file names is what the
/// loader does.
/// </summary>
public sealed partial class ReadmeRecordReferenceTests
{
    private const string Section = "### A record, section by section";

    [GeneratedRegex("^```yaml\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    /// <summary>The YAML examples of the section, in order: site.yaml's first, then the record's parts.</summary>
    private static (string Site, string Record) Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The README has no '{Section}'.");
        var end = readme.IndexOf("\n## ", start, StringComparison.Ordinal);
        var blocks = YamlBlock().Matches(readme[start..end]).Select(m => m.Groups["body"].Value).ToList();
        Assert.True(blocks.Count >= 10, "Every section of a record has its example.");
        Assert.StartsWith("# content/site.yaml\n", blocks[0], StringComparison.Ordinal);
        return (blocks[0], string.Concat(blocks.Skip(1)));
    }

    private static CheckedContent Check(string site, string recordName, string record)
    {
        using var content = new ContentFolder(site);
        Directory.CreateDirectory(Path.GetDirectoryName(content.Experiment(recordName))!);
        content.Add(recordName, record);

        // The example lists a resource file, which lives beside the record.
        content.Add(Path.Combine(Path.GetDirectoryName(recordName)!, "configmap.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
        return new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
    }

    [Fact]
    public void TheExamples_AreARecordThatChecksClean_InEveryLanguage()
    {
        var (site, record) = Examples();

        var checkedContent = Check(site, "03-config/3.1-configmap.yaml", record);

        Assert.Empty(checkedContent.Diagnostics.Select(DiagnosticFormatter.Format));
        Assert.All(checkedContent.Coverage, c => Assert.Equal(c.Total, c.Translated));
        var entry = Assert.Single(checkedContent.ValidRecords);
        Assert.Equal((1, 2), (entry.ObjectivesDone, entry.ObjectivesTotal));
    }

    [Theory]
    [InlineData("drafts/3.1-configmap.yml")]
    [InlineData("3.1-configmap.yaml")]
    public void AFileNamedIdDashSlug_InAnyFolder_IsARecord(string name)
    {
        var (site, record) = Examples();

        var checkedContent = Check(site, name, record);

        Assert.Empty(checkedContent.Diagnostics);
        Assert.Single(checkedContent.ValidRecords);
    }

    [Theory]
    [InlineData("drafts/my-notes.yml", "3.1-configmap.yml")]
    [InlineData("3.1.yaml", "3.1-configmap.yaml")]
    public void AYamlFileNotNamedIdDashSlug_ThatLooksLikeARecord_IsAResource_AndAWarningSaysWhatToNameIt(string name, string suggested)
    {
        var (site, record) = Examples();

        var checkedContent = Check(site, name, record);

        var warning = Assert.Single(checkedContent.Diagnostics, d => d.Code != DiagnosticCodes.NoRecords);
        Assert.Equal((DiagnosticCodes.NotNamedAsRecord, false, 1), (warning.Code, warning.IsError, warning.Span.Line));
        Assert.Contains($"rename it to {suggested} to make it a record", warning.Message, StringComparison.Ordinal);
        Assert.Empty(checkedContent.Records);
    }

    [Fact]
    public void AKubernetesManifestBesideARecord_IsAResource_WithoutAWord()
    {
        var (site, record) = Examples();
        using var content = new ContentFolder(site);
        Directory.CreateDirectory(content.Experiment("03-config"));
        content.Add("03-config/3.1-configmap.yaml", record)
            .Add("03-config/configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\n  title: not a record\ndata:\n  id: \"1\"\n");

        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

        Assert.Empty(checkedContent.Diagnostics);
        Assert.Single(checkedContent.ValidRecords);
    }
}
