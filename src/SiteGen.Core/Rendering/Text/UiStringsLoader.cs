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
        var files = new List<(LanguageConfig Language, SourceText Source, Dictionary<string, ScalarNode> Keys)>();
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

            var keys = Read(path, displayPath, diagnostics, out var source);
            if (keys is null || source is null)
            {
                failed = true;
                continue;
            }

            files.Add((language, source, keys));
        }

        if (failed)
        {
            return null;
        }

        foreach (var (language, source, keys) in files)
        {
            foreach (var (otherLanguage, otherSource, otherKeys) in files.Where(f => f.Language != language))
            {
                foreach (var (key, node) in otherKeys.Where(k => !keys.ContainsKey(k.Key)).OrderBy(k => k.Value.Span.Line))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingUiString, SourceSpan.WholeFile(source.DisplayPath),
                        $"The UI string '{key}' is missing here but defined in {otherSource.DisplayPath} line {node.Span.Line}; add its {language.Code} text.", null));
                    failed = true;
                }
            }
        }

        return failed
            ? null
            : files.ToDictionary(
                f => f.Language.Code,
                f => new UiStrings(f.Language.Code, f.Source.DisplayPath, f.Keys.ToDictionary(k => k.Key, k => k.Value.Value, StringComparer.Ordinal)),
                StringComparer.Ordinal);
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
