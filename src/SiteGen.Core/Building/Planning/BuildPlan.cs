using System.Globalization;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Sitemaps;
using SiteGen.Rendering.Views;

namespace SiteGen.Building.Planning;

/// <summary>
/// Every page of the site as a <see cref="PageJob"/>: an experiment page and a side-by-side page per
/// record and language, an index, the tag pages and a 404 page per language, the language chooser, the
/// root 404 page, the sitemap and <c>robots.txt</c>; each with its files and the inputs it is made from,
/// down to the other records whose titles or links it shows. Also the files copied as they are.
/// </summary>
public static class BuildPlan
{
    /// <summary>Every page: the experiments of every record in the catalogue, then the indexes and the chooser.</summary>
    public static IReadOnlyList<PageJob> Pages(Catalogue catalogue, SiteInputs inputs) =>
        [.. catalogue.Records.SelectMany(r => Experiment(r, catalogue, inputs)), .. Site(catalogue, inputs)];

    /// <summary>
    /// The pages of one experiment: its page in each language, then (on a site with more than one language)
    /// its side-by-side page with the interface in each language. What they show of other records comes
    /// from the catalogue, which must already hold the records this one links to.
    /// </summary>
    public static IReadOnlyList<PageJob> Experiment(RecordEntry record, Catalogue catalogue, SiteInputs inputs)
    {
        var shown = record.FollowUps.Select(f => f.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new PageInput("links to " + id, catalogue.Find(id) is { } target ? LinkLine(target) : "none"))
            .ToList();
        var languages = catalogue.Config.LanguageCodes.ToList();
        var own = new PageInput("record " + record.DisplayPath, record.Hash);

        // The page shows each image at its size and each resource's text: a changed file renders the pages that show it.
        var files = record.Published.Select(p => p.File).DistinctBy(f => f.SitePath).OrderBy(f => f.SitePath, StringComparer.Ordinal)
            .Select(f => new PageInput("file " + f.SitePath, f.Hash)).ToList();

        // The experiment page links to the experiments before and after it in its chapter.
        var (previous, next) = catalogue.Neighbours(record);
        PageInput[] neighbours =
        [
            new("previous", previous is null ? "none" : LinkLine(previous)),
            new("next", next is null ? "none" : LinkLine(next)),
        ];
        return [
            .. languages.Select(language => Job(
                $"experiment/{language}/{record.Id}",
                PageKind.Experiment,
                language,
                record,
                catalogue.Layout.ExperimentFolder(language, record),
                inputs,
                [.. Shared(inputs, language), own, .. files, .. shown, .. neighbours]) with { Previous = previous, Next = next }),

            // Side by side, every language's sections are on the page: it is made from the UI strings of all of them.
            .. (catalogue.Layout.HasParallelPages ? languages : []).Select(language => Job(
                $"parallel/{language}/{record.Id}",
                PageKind.Parallel,
                language,
                record,
                catalogue.Layout.ExperimentFolder(language, record),
                inputs,
                [.. Shared(inputs, null), .. languages.Select(l => new PageInput("ui " + l, inputs.UiStrings[l])), own, .. files, .. shown])),
        ];
    }

    /// <summary>
    /// The index of each language, the tag pages, the language chooser, the 404 pages, the sitemap and
    /// <c>robots.txt</c>: they show or list every record, so they come last.
    /// </summary>
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

        // A 404 page links to the tag index when there is one.
        var hasTags = new PageInput("has tags", tags.Count == 0 ? "no" : "yes");
        jobs.AddRange(languages.Select(language => Job($"404/{language}", PageKind.NotFound, language, null, language + "/", inputs,
            [.. Shared(inputs, language), hasTags])));
        jobs.Add(Job("404", PageKind.RootNotFound, config.DefaultLanguage, null, "", inputs,
            [.. Shared(inputs, null), .. languages.Select(l => new PageInput("ui " + l, inputs.UiStrings[l])), hasTags]));

        if (catalogue.Layout.Absolute("") is not null)
        {
            jobs.Add(Sitemap([.. catalogue.Records.SelectMany(r => Experiment(r, catalogue, inputs)), .. jobs], config.DefaultLanguage, inputs));
        }

        jobs.Add(Job("robots", PageKind.Robots, config.DefaultLanguage, null, "", inputs, [new PageInput("sitegen", inputs.SiteGen), new PageInput("site.yaml", inputs.SiteConfig)]));
        return jobs;
    }

    /// <summary>
    /// The sitemap, listing the pages planned that search engines should index (not the 404 pages): made
    /// from where they are and when they last changed, and from <c>site.yaml</c> (base URL, languages).
    /// </summary>
    private static PageJob Sitemap(IReadOnlyList<PageJob> pages, string language, SiteInputs inputs)
    {
        var listing = pages.Select(Listed).OfType<ListedPage>().ToList();
        var listed = ContentHash.OfParts(listing.Select(p => string.Join('\u001f', p.Group, p.Language ?? "", p.Folder, p.LastModified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "")));
        return Job("sitemap", PageKind.Sitemap, language, null, "", inputs,
            [new PageInput("sitegen", inputs.SiteGen), new PageInput("site.yaml", inputs.SiteConfig), new PageInput("pages", listed)]) with { Listing = listing };
    }

    /// <summary>
    /// How the sitemap lists a page: by the group of its versions in every language, its folder, and for
    /// an experiment the record's date, the day it was done (as Hugo takes a page's date for its lastmod:
    /// a record is written then; a later edit does not move it). Null for a page search engines should not index.
    /// </summary>
    private static ListedPage? Listed(PageJob job)
    {
        var folder = job.Outputs[0].Path.EndsWith(SiteLayout.PageFile, StringComparison.Ordinal) ? job.Outputs[0].Path[..^SiteLayout.PageFile.Length] : "";
        return job.Kind switch
        {
            PageKind.Experiment => new ListedPage("experiment " + job.Record!.Id, job.Language, folder, job.Record.Date),
            PageKind.Parallel => new ListedPage("side by side " + job.Record!.Id, job.Language, job.Outputs[0].Path, job.Record.Date),
            PageKind.LanguageIndex => new ListedPage("index", job.Language, folder, null),
            PageKind.Root => new ListedPage("index", null, folder, null),
            PageKind.TagIndex => new ListedPage("tags", job.Language, folder, null),
            PageKind.Tag => new ListedPage("tag " + job.Tag, job.Language, folder, null),
            _ => null,
        };
    }

    /// <summary>
    /// The files the records name that the site publishes, each once (under <c>files/</c>, at its path in the
    /// content folder) however many records and languages show it, in path order.
    /// </summary>
    public static IReadOnlyList<Publishing.PublishedFile> Files(IEnumerable<RecordEntry> records) =>
        [.. records.SelectMany(r => r.Published).Select(p => p.File).DistinctBy(f => f.SitePath).OrderBy(f => f.SitePath, StringComparer.Ordinal)];

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

        // GitHub Pages runs Jekyll over a site unless its root has .nojekyll; Jekyll would drop every file and
        // folder whose name starts with "_" (Pagefind's, a vendor's). Other hosts ignore the empty file.
        var noJekyll = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(mermaidScript)!)!, SiteLayout.NoJekyllFile);
        if (File.Exists(noJekyll))
        {
            assets.Add((noJekyll, SiteLayout.NoJekyllFile));
        }

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
            .. formats.Select(f => f.Engine).Distinct().Order().SelectMany(e => e switch
            {
                TemplateEngine.Razor => [new PageInput("templates/html", shared.HtmlTemplates)],
                TemplateEngine.Scriban => [new PageInput("templates/report", shared.ReportTemplates)],
                _ => Array.Empty<PageInput>(),
            }),
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
        yield return new PageInput("search", inputs.Search);
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
