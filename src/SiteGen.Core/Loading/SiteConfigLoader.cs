using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>Loads <c>site.yaml</c> and checks it is consistent with itself.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yaml";

    public static SiteConfig? Load(string contentDirectory, PathDisplay display, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        var displayPath = display.Of(path);
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingSiteConfig,
                SourceSpan.WholeFile(displayPath),
                $"There is no {FileName} in the content folder; create one with the site title, languages and chapters."));
            return null;
        }

        var errorsBefore = diagnostics.Count(d => d.IsError);
        var (config, source, map) = YamlDocumentLoader.Load<SiteConfig>(path, displayPath, languages: null, diagnostics);
        if (config is null || source is null || map is null || diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return SiteConfigValidator.Validate(config, source, map, diagnostics) ? config : null;
    }
}
