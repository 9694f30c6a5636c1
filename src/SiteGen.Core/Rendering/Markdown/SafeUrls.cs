namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Which link and image targets prose may use: relative paths, fragments, and http, https and mailto.
/// Anything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, ...) is neutralised.
/// </summary>
public static class SafeUrls
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return true; // a relative path that contains a colon later on
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Any(s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
