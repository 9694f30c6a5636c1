using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The records of the site by id, in reading order (chapter, then experiment number), with the URL
/// scheme: what a page needs to know about the others. Holds only their <see cref="RecordEntry"/>s,
/// never the records themselves.
/// </summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, RecordEntry> _byId;

    public Catalogue(SiteConfig config, IEnumerable<RecordEntry> records)
    {
        Config = config;
        Layout = new SiteLayout(config);
        Records = [.. records.OrderBy(r => r.Chapter).ThenBy(r => Number(r.Id)).ThenBy(r => r.Id, StringComparer.Ordinal)];
        _byId = Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public SiteConfig Config { get; }

    public SiteLayout Layout { get; }

    public IReadOnlyList<RecordEntry> Records { get; }

    public RecordEntry? Find(string id) => _byId.GetValueOrDefault(id);

    public LanguageView LanguageView(string code)
    {
        var language = Config.Languages.First(l => l.Code == code);
        return new LanguageView(language.Code, language.Tag, language.Name);
    }

    private static int Number(string id) => int.Parse(id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
