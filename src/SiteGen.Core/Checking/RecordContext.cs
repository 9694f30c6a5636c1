using System.Reflection;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Loading;

namespace SiteGen.Checking;

/// <summary>
/// What checking a record depends on besides its own bytes: the site's languages (their codes and names)
/// and chapters, and SiteGen's own build. <see cref="Key"/> changes when any of them does.
/// </summary>
public sealed class RecordContext
{
    public RecordContext(SiteConfig config)
    {
        Config = config;
        Languages = [.. config.LanguageCodes];
        LanguageNames = config.Languages.ToDictionary(l => l.Code, l => l.Name, StringComparer.Ordinal);
        var text = new StringBuilder(BuildId).Append('\n');
        foreach (var language in config.Languages)
        {
            text.Append(language.Code).Append('=').Append(language.Name).Append('\n');
        }

        foreach (var chapter in config.Chapters)
        {
            text.Append(chapter.Number).Append('\n');
        }

        Key = ContentHash.Of(text.ToString());
    }

    /// <summary>Identifies this build of SiteGen: any change to its code changes what a check or a page may produce.</summary>
    public static string BuildId { get; } = typeof(RecordContext).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public SiteConfig Config { get; }

    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyDictionary<string, string> LanguageNames { get; }

    public string Key { get; }
}
