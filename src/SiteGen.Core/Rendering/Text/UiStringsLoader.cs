using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Loading.Yaml;

namespace SiteGen.Rendering.Text;

/// <summary>
/// Reads <c>i18n/&lt;code&gt;.yaml</c> under the templates folder for every language of the site: a flat
/// map of key to text. A key present for one language and missing for another is an error, reported in
/// the file that lacks it.
/// </summary>
public static class UiStringsLoader
{
    public const string Folder = "i18n";

    /// <summary>The file of one language's strings: <c>templates/i18n/zh.yaml</c>.</summary>
    public static string PathOf(string templatesDirectory, string language) => Path.Combine(templatesDirectory, Folder, language + ".yaml");

    public static IReadOnlyDictionary<string, UiStrings>? Load(
        string templatesDirectory, SiteConfig config, PathDisplay display, DiagnosticBag diagnostics)
    {
        var files = new List<(LanguageConfig Language, string Shown, Dictionary<string, (ScalarNode Node, string File)> Keys)>();
        var failed = false;
        foreach (var language in config.Languages)
        {
            var path = PathOf(templatesDirectory, language.Code);
            var displayPath = display.Of(path);
            if (!File.Exists(path))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingUiStrings, SourceSpan.WholeFile(displayPath),
                    $"There are no UI strings for language '{language.Code}'; create {displayPath} (copy another language's file and translate it)."));
                failed = true;
                continue;
            }

            if (Read(path, displayPath, diagnostics, out _) is not { } theme)
            {
                failed = true;
                continue;
            }

            var keys = theme.ToDictionary(k => k.Key, k => (k.Value, displayPath), StringComparer.Ordinal);
            if (Overrides(templatesDirectory, language.Code, keys, display, diagnostics) is not { } shown)
            {
                failed = true;
                continue;
            }

            files.Add((language, shown.Length > 0 ? shown : displayPath, keys));
        }

        if (failed)
        {
            return null;
        }

        foreach (var (language, shown, keys) in files)
        {
            foreach (var (otherLanguage, _, otherKeys) in files.Where(f => f.Language != language))
            {
                foreach (var (key, (node, file)) in otherKeys.Where(k => !keys.ContainsKey(k.Key)).OrderBy(k => k.Value.Node.Span.Line))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingUiString, SourceSpan.WholeFile(shown),
                        $"The UI string '{key}' is missing here but defined in {file} line {node.Span.Line}; add its {language.Code} text.", null));
                    failed = true;
                }
            }
        }

        return failed
            ? null
            : files.ToDictionary(
                f => f.Language.Code,
                f => new UiStrings(f.Language.Code, f.Shown, f.Keys.ToDictionary(k => k.Key, k => k.Value.Node.Value, StringComparer.Ordinal)),
                StringComparer.Ordinal);
    }

    /// <summary>The file of the site's own strings for a language in a composed theme, over the built-in ones (<see cref="Theming.Theme"/>).</summary>
    public static string OverridesOf(string templatesDirectory, string language) =>
        Path.Combine(templatesDirectory, Theming.Theme.OverridesFolder, language + ".yaml");

    /// <summary>
    /// Puts the site's own strings over the theme's: a site's <c>i18n/en.yaml</c> holds only the strings it
    /// changes, and any its own templates add. A new key close to one of the theme's is most likely that key
    /// misspelt: it is ignored, with a warning. The site's file as shown, empty when there is none; null when it is unreadable.
    /// </summary>
    private static string? Overrides(string templatesDirectory, string language, Dictionary<string, (ScalarNode Node, string File)> keys, PathDisplay display, DiagnosticBag diagnostics)
    {
        var path = OverridesOf(templatesDirectory, language);
        if (!File.Exists(path))
        {
            return "";
        }

        var shown = display.Of(path);
        if (Read(path, shown, diagnostics, out var source) is not { } overrides)
        {
            return null;
        }

        var theme = keys.Keys.ToList();
        foreach (var (key, node) in overrides)
        {
            if (!keys.ContainsKey(key) && Suggestions.Nearest(key, theme) is { } near)
            {
                diagnostics.Add(source!.Warning(DiagnosticCodes.UnknownUiString, node.Span,
                    $"The theme has no UI string '{key}', so this text is ignored: did you mean '{near}'?"));
                continue;
            }

            keys[key] = (node, shown);
        }

        return shown;
    }

    private static Dictionary<string, ScalarNode>? Read(string path, string displayPath, DiagnosticBag diagnostics, out SourceText? source)
    {
        source = SourceReader.Read(path, displayPath, diagnostics);
        if (source is null || YamlTreeReader.Read(source, diagnostics) is not { } root)
        {
            return null;
        }

        if (root is not MappingNode mapping)
        {
            diagnostics.Add(source.Error(DiagnosticCodes.InvalidUiStrings, root.Span,
                $"UI strings are a mapping of key to text, but this is {root.Describe()}."));
            return null;
        }

        var keys = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is ScalarNode { IsNull: false } text)
            {
                keys[entry.Key.Value] = text;
            }
            else
            {
                diagnostics.Add(source.Error(DiagnosticCodes.InvalidUiStrings, entry.Value.Span,
                    $"The UI string '{entry.Key.Value}' must be text, but it is {entry.Value.Describe()}."));
                ok = false;
            }
        }

        return ok ? keys : null;
    }
}
