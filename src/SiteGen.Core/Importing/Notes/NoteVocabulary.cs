using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Rendering.Text;

namespace SiteGen.Importing.Notes;

/// <summary>
/// The words a lab record in one language is written with, taken from the same UI strings the report is
/// rendered with: importing reads what the report writes. "实验目标", "步骤 {0}", "✅ 已解决".
/// </summary>
internal sealed class NoteVocabulary(UiStrings ui)
{
    public string Language => ui.Language;

    /// <summary>The section a heading names, or null for a heading of the note's own.</summary>
    public SectionName? Section(string heading) =>
        Rendering.Views.PageSections.Titles.Where(t => Same(heading, ui[t.TitleKey])).Select(t => (SectionName?)t.Name).FirstOrDefault();

    /// <summary>Whether <paramref name="text"/> is the UI string <paramref name="key"/>, ignoring case, spaces and a final colon.</summary>
    public bool Is(string text, string key) => Same(text, ui[key]);

    /// <summary>The title in "实验记录：{0}", or the whole heading when it is not in that form.</summary>
    public string ReportTitle(string heading) => Fill("report_title", heading) is { } match ? match.Groups["v"].Value.Trim() : heading;

    /// <summary>
    /// <c>目标 1: text</c> for the key <c>objective_label</c>: the number and the text after the label; null
    /// when <paramref name="text"/> does not start with the label.
    /// </summary>
    public (string Number, string After)? Numbered(string key, string text)
    {
        var pattern = Regex.Escape(ui[key]).Replace(@"\{0}", @"(?<n>[0-9][0-9.]*)", StringComparison.Ordinal).Replace(@"\ ", @"\s*", StringComparison.Ordinal);
        var match = Regex.Match(text, "^" + pattern + @"\s*(?:[:：]\s*)?", RegexOptions.CultureInvariant);
        return match.Success ? (match.Groups["n"].Value, text[match.Length..]) : null;
    }

    /// <summary>The value whose UI string (<c>{prefix}{value}</c>, such as <c>problem_status_resolved</c>) is <paramref name="text"/>.</summary>
    public TEnum? Choice<TEnum>(string prefix, string text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => Same(text, ui[prefix + Loading.Yaml.YamlNaming.EnumValue(v.ToString())])).Select(v => (TEnum?)v).FirstOrDefault();

    /// <summary>The UI string itself, for messages.</summary>
    public string Label(string key) => ui[key];

    /// <summary>Whether <paramref name="text"/> is the UI string <paramref name="key"/> with its <c>{0}</c> filled in.</summary>
    public bool Matches(string key, string text) => Fill(key, text) is not null;

    /// <summary>
    /// The number at the start of <paramref name="text"/> written as the UI string <paramref name="key"/> says
    /// ("2 小时" for "{0} 小时"), and the text after it; null when the text does not start that way.
    /// </summary>
    public (double Value, string After)? Amount(string key, string text)
    {
        var pattern = "^" + Regex.Escape(ui[key]).Replace(@"\{0}", "(?<v>[0-9]+(?:\\.[0-9]+)?)", StringComparison.Ordinal).Replace(@"\ ", @"\s*", StringComparison.Ordinal);
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant);
        return match.Success && double.TryParse(match.Groups["v"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? (value, text[match.Length..].Trim())
            : null;
    }

    /// <summary>The whole match of a UI string with one <c>{0}</c>, such as "实验记录：{0}" or "({0}星制)".</summary>
    private Match? Fill(string key, string text)
    {
        var pattern = "^" + Regex.Escape(ui[key]).Replace(@"\{0}", "(?<v>.+?)", StringComparison.Ordinal).Replace(@"\ ", @"\s*", StringComparison.Ordinal) + "$";
        var match = Regex.Match(text.Trim(), pattern, RegexOptions.CultureInvariant);
        return match.Success ? match : null;
    }

    private static bool Same(string text, string label) =>
        string.Equals(Normal(text), Normal(label), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string text) => Regex.Replace(text.Trim().TrimEnd(':', '：'), @"\s+", "");
}
