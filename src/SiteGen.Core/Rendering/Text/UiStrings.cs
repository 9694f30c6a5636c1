using System.Globalization;

namespace SiteGen.Rendering.Text;

/// <summary>
/// The interface text of one language (headings, labels, the switcher), from
/// <c>templates/i18n/&lt;code&gt;.yaml</c>. Asking for a key the file does not have is a template bug and
/// fails the render with the key's name.
/// </summary>
public sealed class UiStrings(string language, string file, IReadOnlyDictionary<string, string> strings)
{
    public string Language { get; } = language;

    /// <summary>The file the strings came from, for messages.</summary>
    public string File { get; } = file;

    public IReadOnlyDictionary<string, string> All { get; } = strings;

    public string this[string key] =>
        All.TryGetValue(key, out var text)
            ? text
            : throw new UnknownUiStringException(Diagnostics.Suggestions.Nearest(key, All.Keys) is { } nearest
                ? $"There is no UI string '{key}' in {File}. Did you mean '{nearest}'? If '{key}' is a new string, add it to every language's file."
                : $"There is no UI string '{key}' in {File}; add it to every language's file.");

    /// <summary>A string with <c>{0}</c>-style placeholders filled in.</summary>
    public string Format(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[key], args);
}

/// <summary>A template asked for a UI string that is not defined.</summary>
public sealed class UnknownUiStringException(string message) : Exception(message);
