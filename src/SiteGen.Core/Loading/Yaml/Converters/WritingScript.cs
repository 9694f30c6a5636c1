using System.Text;

namespace SiteGen.Loading.Yaml.Converters;

/// <summary>
/// The language a plain (not per-language) text is written in, judged by its script: Han characters are
/// Chinese, kana Japanese, Hangul Korean, when the site has that language. Text in Latin script alone
/// (commands, product names, numbers) is the same in every language. A mixed text ("StatefulSet 有状态应用")
/// follows its non-Latin script.
/// </summary>
internal static class WritingScript
{
    /// <returns>A language code of <paramref name="languages"/>, or null for text that reads the same in all.</returns>
    public static string? LanguageOf(string text, IReadOnlyList<string> languages)
    {
        bool han = false, kana = false, hangul = false;
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF):
                    kana = true;
                    break;
                case (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F):
                    hangul = true;
                    break;
                case (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F):
                    han = true;
                    break;
            }
        }

        return (kana ? Find(languages, "ja") : null)
            ?? (hangul ? Find(languages, "ko") : null)
            ?? (han ? Find(languages, "zh") ?? Find(languages, "ja") : null);
    }

    private static string? Find(IReadOnlyList<string> languages, string code) =>
        languages.FirstOrDefault(l => l == code || l.StartsWith(code + "-", StringComparison.Ordinal));
}
