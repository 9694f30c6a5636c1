using System.Net;
using SiteGen.Rendering.Highlighting;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A screenshot as a page shows it: the image (its size written, so nothing moves while it loads), its alt
/// text and caption. <see cref="Image"/> is null for an image from another site, shown by its address as written.
/// </summary>
public sealed record ScreenshotView(string Written, ImageSource? Image, string Alt, Prose? Caption)
{
    /// <summary>The address the page loads the image from.</summary>
    public string Src => Image?.Src ?? Written;

    /// <summary>The alt text for a Markdown image: brackets and backslashes escaped.</summary>
    public string AltMd => Alt.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>The address for a Markdown image: in angle brackets when it holds a space or a parenthesis.</summary>
    public string SrcMd => Src.IndexOfAny([' ', '(', ')']) >= 0 ? $"<{Src}>" : Src;
}

/// <summary>
/// A resource file the record lists. When it is published, <see cref="Href"/> links to it and, when it is
/// text of a reasonable size, <see cref="Html"/> is its content, highlighted at build time as code blocks are
/// (a script as a script, not as a terminal transcript).
/// A path to no file is shown as written (<see cref="Href"/> null).
/// </summary>
public sealed record ResourceView(string Name, string? Href, string Language, string? Html, string? Size)
{
    /// <summary>Text longer than this is offered for download only.</summary>
    public const int LargestShown = 64 * 1024;

    /// <summary>The file's name, for the download.</summary>
    public string FileName => System.IO.Path.GetFileName(Name.TrimEnd('/'));

    public static ResourceView Of(string written, FileLinks files)
    {
        if (files.File(written) is not { } file || files.Href(written) is not { } href)
        {
            return new ResourceView(written, null, "text", null, null);
        }

        var language = LanguageOf(file.Source);
        return new ResourceView(written, href, language, Text(file.Source, file.Length) is { } text
            ? CodeHighlighter.Instance.Highlight(text, language) ?? WebUtility.HtmlEncode(text)
            : null, SizeOf(file.Length));
    }

    /// <summary>The fence language a file's name suggests; <c>text</c> when none.</summary>
    public static string LanguageOf(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (name.StartsWith("Dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return "dockerfile";
        }

        return System.IO.Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".yaml" or ".yml" => "yaml",
            ".json" => "json",
            ".sh" or ".bash" => "bash",
            ".py" => "python",
            ".go" => "go",
            ".js" or ".mjs" => "javascript",
            ".ts" => "typescript",
            ".toml" => "toml",
            ".ini" or ".conf" or ".cfg" => "ini",
            ".xml" => "xml",
            ".sql" => "sql",
            ".md" => "markdown",
            _ => "text",
        };
    }

    private static string? Text(string path, long length)
    {
        if (length > LargestShown)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return null;
        }

        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static string SizeOf(long bytes) =>
        bytes < 1024 ? $"{bytes} B" : bytes < 1 << 20 ? $"{Math.Round(bytes / 1024.0, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} KiB"
        : $"{Math.Round(bytes / (double)(1 << 20), 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} MiB";
}
