namespace SiteGen.Configuration;

/// <summary>
/// What an image from another site (<c>https://…</c>) in a record is: the page would load it from there, which
/// breaks the site's rule of making no outside requests. YAML: <c>warning</c> (the default) or <c>error</c>.
/// </summary>
public enum RemoteImages
{
    Warning,
    Error,
}
