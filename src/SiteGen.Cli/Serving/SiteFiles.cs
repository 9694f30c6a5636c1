namespace SiteGen.Cli.Serving;

/// <summary>What a request path names in the served folder.</summary>
internal enum Resolution
{
    /// <summary>A file inside the folder.</summary>
    File,
    /// <summary>A folder with an index.html, asked for without its trailing slash: redirect to it.</summary>
    AddSlash,
    /// <summary>Nothing there, or a path that is not allowed (it leaves the folder, names a dot-file, ...).</summary>
    NotFound,
}

/// <summary>
/// Maps a request path to a file of the served folder, refusing anything that could leave it: <c>..</c>
/// and <c>.</c> segments (also once percent-decoded), empty segments (<c>//etc</c>), backslashes, colons,
/// NUL and other control characters, and dot-files such as the output's manifest.
/// </summary>
internal static class SiteFiles
{
    public static (Resolution Kind, string? Path) Resolve(string root, string? requestPath)
    {
        var path = requestPath ?? "/";
        if (!path.StartsWith('/'))
        {
            return (Resolution.NotFound, null);
        }

        var segments = path[1..].Split('/');
        var isFolder = path.EndsWith('/');
        var parts = isFolder ? segments[..^1] : segments;
        foreach (var segment in parts)
        {
            if (segment.Length == 0 || segment.StartsWith('.') || segment.Any(c => c is '\\' or ':' || char.IsControl(c))
                || segment.Contains('%', StringComparison.Ordinal))
            {
                return (Resolution.NotFound, null);
            }
        }

        var fullRoot = Path.GetFullPath(root);
        var target = Path.GetFullPath(Path.Combine([fullRoot, .. parts]));
        if (!target.StartsWith(fullRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && target != fullRoot)
        {
            return (Resolution.NotFound, null);
        }

        if (File.Exists(target) && !isFolder)
        {
            return (Resolution.File, target);
        }

        var index = Path.Combine(target, "index.html");
        if (Directory.Exists(target) && File.Exists(index))
        {
            return isFolder ? (Resolution.File, index) : (Resolution.AddSlash, null);
        }

        return (Resolution.NotFound, null);
    }

    /// <summary>The Content-Type a file is served with: every text type says it is UTF-8 (reports included).</summary>
    public static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml; charset=utf-8",
        ".txt" or ".yaml" or ".yml" => "text/plain; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
