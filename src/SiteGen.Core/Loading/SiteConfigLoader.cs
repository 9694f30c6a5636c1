using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary><c>site.yaml</c> as read: the bound config (null when it could not be read), with what validation needs.</summary>
/// <param name="Hash">A hash of the file's bytes; empty when there is no file.</param>
public sealed record LoadedSiteConfig(SiteConfig? Config, SourceText? Source, SourceMap? Map, string Hash);

/// <summary>Reads and binds <c>site.yaml</c>. Whether it makes sense is <see cref="Validation.SiteConfigValidator"/>'s to say.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yaml";

    private const string EmptyAdvice =
        "The file is empty; site.yaml needs the site's title, its languages and the default one, such as:\n"
        + "    title: {zh: 我的实验笔记, en: My lab notes}\n"
        + "    languages:\n      - {code: zh, locale: zh-CN, name: 中文}\n      - {code: en, name: English}\n"
        + "    default_language: zh\n"
        + "    chapters:\n      - {number: 1, slug: basics, title: {zh: 基础, en: Basics}}";

    public static LoadedSiteConfig Load(string contentDirectory, PathDisplay display, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        var displayPath = display.Of(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteConfig, SourceSpan.WholeFile(displayPath),
                $"There is no {FileName} in the content folder; create one with the site title, languages and chapters.");
            return new LoadedSiteConfig(null, null, null, "");
        }

        var (bytes, problems) = SourceReader.ReadBytes(path, displayPath);
        diagnostics.AddRange(problems);
        if (bytes is null)
        {
            return new LoadedSiteConfig(null, null, null, "");
        }

        var found = new DiagnosticBag();
        var (config, source, map) = YamlDocumentLoader.Load<SiteConfig>(bytes, displayPath, languages: null, found);
        diagnostics.AddRange(found.Select(d => d.Code == DiagnosticCodes.EmptyFile ? d with { Message = EmptyAdvice } : d));
        var hash = ContentHash.Of(bytes);
        return found.Any(d => d.IsError) ? new LoadedSiteConfig(null, source, map, hash) : new LoadedSiteConfig(config, source, map, hash);
    }
}
