using System.Globalization;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Building.Planning;

/// <summary>
/// Every page of the site as a <see cref="PageJob"/>: an experiment page per record and language, an
/// index per language, the language chooser; each with its files and the inputs it is made from, down to
/// the other records whose titles or links it shows. Also the files copied as they are.
/// </summary>
public static class BuildPlan
{
    /// <summary>Every page: the experiments of every record in the catalogue, then the indexes and the chooser.</summary>
    public static IReadOnlyList<PageJob> Pages(Catalogue catalogue, SiteInputs inputs) =>
        [.. catalogue.Records.SelectMany(r => Experiment(r, catalogue, inputs)), .. Site(catalogue, inputs)];

    /// <summary>
    /// The pages of one experiment, one per language. What they show of other records comes from the
    /// catalogue, which must already hold the records this one links to.
    /// </summary>
    public static IReadOnlyList<PageJob> Experiment(RecordEntry record, Catalogue catalogue, SiteInputs inputs)
    {
        var shown = record.FollowUps.Select(f => f.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new PageInput("links to " + id, catalogue.Find(id) is { } target ? LinkLine(target) : "none"))
            .ToList();
        return [.. catalogue.Config.LanguageCodes.Select(language => Job(
            $"experiment/{language}/{record.Id}",
            PageKind.Experiment,
            language,
            record,
            catalogue.Layout.ExperimentFolder(language, record),
            inputs,
            [.. Shared(inputs, language), new PageInput("record " + record.DisplayPath, record.Hash), .. shown]))];
    }

    /// <summary>The index of each language and the language chooser: they show every record, so they come last.</summary>
    public static IReadOnlyList<PageJob> Site(Catalogue catalogue, SiteInputs inputs)
    {
        var config = catalogue.Config;
        var languages = config.LanguageCodes.ToList();
        var index = ContentHash.OfParts(catalogue.Records.Select(IndexLine));

        // The index of a language also shows what each record leaves to do, its ratings and its follow-ups.
        var progress = ContentHash.OfParts(catalogue.Records.Select(ProgressLine));
        var jobs = new List<PageJob>();
        foreach (var language in languages)
        {
            jobs.Add(Job($"index/{language}", PageKind.LanguageIndex, language, null, language + "/", inputs,
                [.. Shared(inputs, language), new PageInput("catalogue", index), new PageInput("progress", progress)]));
        }

        var tags = catalogue.Records.SelectMany(r => r.Tags).Select(SiteLayout.TagSlug).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var language in tags.Count == 0 ? [] : languages)
        {
            jobs.Add(Job($"tags/{language}", PageKind.TagIndex, language, null, SiteLayout.TagIndexFolder(language), inputs,
                [.. Shared(inputs, language), new PageInput("catalogue", index)]));

            // A tag's page shows its experiments only: it is made from their index lines, not from every record.
            jobs.AddRange(tags.Select(tag => Job($"tag/{language}/{tag}", PageKind.Tag, language, null, $"{SiteLayout.TagIndexFolder(language)}{tag}/", inputs,
                [.. Shared(inputs, language), new PageInput("tagged " + tag, ContentHash.OfParts(catalogue.Records.Where(r => r.Tags.Any(t => SiteLayout.TagSlug(t) == tag)).Select(IndexLine)))]) with { Tag = tag }));
        }

        jobs.Add(Job("root", PageKind.Root, config.DefaultLanguage, null, "", inputs,
            [.. Shared(inputs, null), .. languages.Select(l => new PageInput("ui " + l, inputs.UiStrings[l]))]));
        return jobs;
    }

    /// <summary>The files under <c>templates/assets/</c> and the Mermaid script, as <c>assets/…</c> in the site.</summary>
    public static IReadOnlyList<AssetJob> Assets(string templatesDirectory, string mermaidScript)
    {
        var source = Path.Combine(templatesDirectory, SiteLayout.AssetsFolder);
        var assets = Directory.Exists(source)
            ? Directory.GetFiles(source, "*", SearchOption.AllDirectories)
                .Select(f => (File: f, Path: SiteLayout.AssetsFolder + "/" + Path.GetRelativePath(source, f).Replace('\\', '/')))
                .ToList()
            : [];
        assets.Add((mermaidScript, SiteLayout.AssetsFolder + "/" + SiteLayout.MermaidAsset));
        var license = Path.Combine(Path.GetDirectoryName(mermaidScript)!, "LICENSE");
        if (File.Exists(license))
        {
            assets.Add((license, SiteLayout.AssetsFolder + "/vendor/mermaid/LICENSE"));
        }

        return [.. assets.OrderBy(a => a.Path, StringComparer.Ordinal).Select(a => new AssetJob(a.File, a.Path, ContentHash.OfFile(a.File)))];
    }

    private static PageJob Job(string key, PageKind kind, string language, RecordEntry? record, string folder, SiteInputs shared, IReadOnlyList<PageInput> own)
    {
        var formats = OutputFormat.Of(kind);
        IReadOnlyList<PageInput> inputs =
        [
            .. formats.Select(f => f.Engine).Distinct().Order().Select(e => e == TemplateEngine.Razor
                ? new PageInput("templates/html", shared.HtmlTemplates)
                : new PageInput("templates/report", shared.ReportTemplates)),
            .. own,
        ];
        return new(key, kind, language, record,
            [.. formats.Select(f => new PageOutput(folder + f.FileName, f))],
            inputs,
            ContentHash.OfParts(inputs.SelectMany(i => new[] { i.Name, i.Hash })));
    }

    private static IEnumerable<PageInput> Shared(SiteInputs inputs, string? language)
    {
        yield return new PageInput("sitegen", inputs.SiteGen);
        yield return new PageInput("site.yaml", inputs.SiteConfig);
        yield return new PageInput("diagrams", inputs.Diagrams);
        if (language is not null)
        {
            yield return new PageInput("ui " + language, inputs.UiStrings[language]);
        }
    }

    /// <summary>What a link to an experiment shows: where it is and its title.</summary>
    private static string LinkLine(RecordEntry entry) =>
        ContentHash.OfParts([entry.Id, entry.Slug ?? "", entry.Chapter.ToString(CultureInfo.InvariantCulture), Fingerprint(entry.Title)]);

    /// <summary>What the index shows of an experiment.</summary>
    private static string IndexLine(RecordEntry entry) =>
        string.Join('\u001f',
            LinkLine(entry),
            entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            entry.Duration?.Minutes.ToString(CultureInfo.InvariantCulture) ?? "",
            entry.ObjectivesDone.ToString(CultureInfo.InvariantCulture),
            entry.ObjectivesTotal.ToString(CultureInfo.InvariantCulture),
            string.Join('\u001e', entry.Tags),
            string.Join('\u001e', entry.Untranslated.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key}={u.Value}")));

    /// <summary>
    /// What the progress and the learning path of the index show of an experiment besides its index line:
    /// what it leaves to do (kind, place, text, status), its ratings, and its follow-ups (id, done, title).
    /// </summary>
    private static string ProgressLine(RecordEntry entry) =>
        string.Join('\u001f',
            entry.Id,
            string.Join('\u001e', entry.Outstanding.Select(o => string.Join('\u001d', o.Kind.ToString(), o.Anchor, Fingerprint(o.Text), o.Status ?? ""))),
            entry.Ratings is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r.Knowledge}/{r.Practice}/{r.Recommendation}") : "-",
            string.Join('\u001e', entry.FollowUps.Select(f => string.Join('\u001d', f.Id, f.Done ? "done" : "", Fingerprint(f.Title)))));

    private static string Fingerprint(Localized? text) =>
        text is null ? "-"
        : text.IsNeutral ? "=" + text.Neutral
        : string.Join('\u001e', text.Languages.Order(StringComparer.Ordinal).Select(l => l + ":" + text.Resolve(l, []).Text));
}
