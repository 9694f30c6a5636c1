using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering.Views;

/// <summary>The sample content's catalogue entries and UI strings, checked once, for the index's builders.</summary>
internal static class SampleCatalogue
{
    private static readonly Lazy<CheckedContent> Checked = new(() =>
        new ContentChecker(new PathDisplay(RepositoryPaths.Root)).Check(RepositoryPaths.Content));

    private static readonly Lazy<IReadOnlyDictionary<string, UiStrings>> Strings = new(() =>
        UiStringsLoader.Load(RepositoryPaths.Templates, Checked.Value.Config!, new PathDisplay(RepositoryPaths.Root), new DiagnosticBag())!);

    public static IReadOnlyList<RecordEntry> Entries => [.. Checked.Value.ValidRecords];

    public static RecordEntry Entry(string id) => Entries.Single(e => e.Id == id);

    /// <summary>A catalogue of <paramref name="entries"/> (the sample's when null), with the sample's site.yaml.</summary>
    public static Catalogue Of(IEnumerable<RecordEntry>? entries = null) => new(Checked.Value.Config!, entries ?? Entries);

    public static UiStrings Ui(string language) => Strings.Value[language];

    public static ProseFactory Prose(string language) =>
        new(new ProseMarkdown(), Checked.Value.Config!, language, Ui(language)["untranslated"]);

    /// <summary>A follow-up as a record writes it, at no particular place.</summary>
    public static FollowUpReference FollowUp(string id, bool done = false, Localized? title = null) =>
        new(id, new Located(SourceSpan.WholeFile("test.yaml"), null), done, title);
}
