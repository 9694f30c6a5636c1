using SiteGen.Configuration;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>Resolves localized fields for one page language, falling back in the site's language order.</summary>
/// <param name="files">The files the record names, as the page links to them: images in prose point at them.</param>
public sealed class ProseFactory(ProseMarkdown markdown, SiteConfig config, string language, string badge, FileLinks? files = null)
{
    private readonly string[] _fallbackOrder = [.. config.LanguageCodes.Where(c => c != language)];

    public string Language { get; } = language;

    /// <summary>Whether any prose resolved so far contains a Mermaid fence.</summary>
    public bool SawDiagram { get; private set; }

    public Prose Of(Localized text)
    {
        var resolved = text.Resolve(Language, _fallbackOrder);
        var rendered = files is null ? markdown.Render(resolved.Text) : markdown.Render(resolved.Text, files.Image);
        SawDiagram |= rendered.HasDiagram;
        return new Prose(
            TagOf(resolved.Language),
            resolved.IsFallback,
            badge,
            rendered,
            () => files is null ? markdown.ToReportMarkdown(resolved.Text) : markdown.ToReportMarkdown(resolved.Text, w => files.Image(w)?.Src));
    }

    public Prose? OfOptional(Localized? text) => text is null ? null : Of(text);

    public IReadOnlyList<Prose> All(IEnumerable<Localized> texts) => [.. texts.Select(Of)];

    /// <summary>Literal text (code, output, Mermaid source) that may still be localized.</summary>
    public Literal Literal(Localized text)
    {
        var resolved = text.Resolve(Language, _fallbackOrder);
        return new Literal(resolved.Text, TagOf(resolved.Language), resolved.IsFallback, badge);
    }

    /// <summary>
    /// How <paramref name="tag"/> is shown on this page: its name under <c>tags</c> in <c>site.yaml</c>
    /// (found by the tag's slug, so <c>PVC</c> and <c>pvc</c> share it) resolved for the page's language, or the tag as written.
    /// </summary>
    public TagLabel Tag(string tag) => TagName(tag) ?? new TagLabel(tag);

    /// <summary>The name <c>site.yaml</c> gives <paramref name="tag"/>, resolved for the page's language; null when it gives none.</summary>
    public TagLabel? TagName(string tag)
    {
        if (config.Tags.Count == 0)
        {
            return null;
        }

        _tagNames ??= NamesBySlug(config);
        if (!_tagNames.TryGetValue(SiteLayout.TagSlug(tag), out var name))
        {
            return null;
        }

        var text = Literal(name);
        return text.IsFallback ? new TagLabel(text.Text, text.Lang, badge) : new TagLabel(text.Text);
    }

    private Dictionary<string, Localized>? _tagNames;

    private static Dictionary<string, Localized> NamesBySlug(SiteConfig config)
    {
        var names = new Dictionary<string, Localized>(StringComparer.Ordinal);
        foreach (var (tag, name) in config.Tags)
        {
            names.TryAdd(SiteLayout.TagSlug(tag), name);
        }

        return names;
    }

    private string TagOf(string code) =>
        config.Languages.FirstOrDefault(l => l.Code == code)?.Tag ?? code;
}

/// <summary>Literal text resolved for a page language: shown verbatim, never parsed as Markdown.</summary>
public sealed record Literal(string Text, string Lang, bool IsFallback, string Badge);
