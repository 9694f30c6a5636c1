namespace SiteGen.Rendering.Sitemaps;

/// <summary>A page the sitemap lists.</summary>
/// <param name="Group">Shared by the versions of one page in every language: <c>experiment 2.1</c>, <c>index</c>.</param>
/// <param name="Language">The page's language code, or null for the version in no one language (the language chooser), which is <c>x-default</c>.</param>
/// <param name="Folder">Where the page is, relative to the site root: its folder (<c>zh/02-controllers/2.1-statefulset/</c>, or empty for the root) for an <c>index.html</c>, else its file (<c>…/parallel.html</c>).</param>
/// <param name="LastModified">When the page's content last changed, when that is known.</param>
public sealed record ListedPage(string Group, string? Language, string Folder, DateOnly? LastModified);
