using System.Net;
using AngleSharp.Html.Parser;

namespace SiteGen.Auditing;

/// <summary>The checks that follow a page's links: every internal link and asset, the canonical URL and the hreflang alternates.</summary>
public static class LinkChecks
{
    /// <summary>
    /// Every a[href], link[href], script[src], img[src], source[src] and iframe[src] that stays on the site answers
    /// 200 (and has the #fragment it names); links may leave the site, but nothing the page loads may.
    /// </summary>
    public static async Task<IReadOnlyList<string>> InternalLinksAsync(ServedSite site, PageReport r)
    {
        var problems = new List<string>();
        foreach (var reference in r.References.EnumerateArray())
        {
            var tag = reference.GetProperty("tag").GetString()!;
            var raw = reference.GetProperty("raw").GetString()!;
            var what = $"<{tag} {reference.GetProperty("attr").GetString()}=\"{raw}\">";
            if (!Uri.TryCreate(reference.GetProperty("url").GetString(), UriKind.Absolute, out var url))
            {
                problems.Add($"{what}: not a valid URL");
                continue;
            }

            if (url.Scheme is "mailto" or "tel" or "data")
            {
                continue;
            }

            var local = site.MapPublicUrl(url);
            if (!site.IsLocal(local))
            {
                // Links may leave the site; anything the page loads must not.
                if (tag != "a" && !tag.Contains("rel=alternate", StringComparison.Ordinal) && !tag.Contains("rel=canonical", StringComparison.Ordinal))
                {
                    problems.Add($"{what}: resource on another host ({url.Host})");
                }

                continue;
            }

            var (status, location, body) = await site.FetchAsync(local);
            if (status != HttpStatusCode.OK)
            {
                problems.Add($"{what}: HTTP {(int)status}{(location is null ? "" : " -> " + location)} for {site.Relative(local)}");
                continue;
            }

            // #fragment: the target page must have that id.
            if (url.Fragment.Length > 1 && body is not null)
            {
                var id = Uri.UnescapeDataString(url.Fragment[1..]);
                var doc = new HtmlParser().ParseDocument(body);
                if (doc.GetElementById(id) is null)
                {
                    problems.Add($"{what}: {site.Relative(local)} has no element with id \"{id}\"");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// One canonical URL, this page's, under the public base URL; one hreflang alternate per language and an x-default,
    /// each answering 200 with the page in that language. A noindex page (a 404) has neither. A site built without
    /// base_url has no canonical URL, and its alternates are relative to the page.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CanonicalAndAlternatesAsync(ServedSite site, PageReport r)
    {
        var head = r.Head;
        var problems = new List<string>();
        var here = site.Url(r.Page);
        var canonicals = head.GetProperty("canonical").EnumerateArray().Select(c => c.GetString()!).ToList();
        if (head.GetProperty("robots").GetString()!.Contains("noindex", StringComparison.Ordinal))
        {
            // A page search engines should leave out (a 404 page, served at any missing address) names no canonical URL or alternates.
            if (canonicals.Count + head.GetProperty("alternates").GetArrayLength() > 0)
            {
                problems.Add("a noindex page has a <link rel=canonical> or hreflang alternates");
            }

            return problems;
        }

        var expected = site.PublicBaseUrl is null ? 0 : 1;
        if (canonicals.Count != expected)
        {
            problems.Add($"expected {(expected == 1 ? "one" : "no")} <link rel=canonical>, found {canonicals.Count}");
        }

        foreach (var c in canonicals)
        {
            if (!Uri.TryCreate(c, UriKind.Absolute, out var u))
            {
                problems.Add($"canonical \"{c}\" is not absolute");
                continue;
            }

            var local = site.MapPublicUrl(u);
            if (!site.IsLocal(local))
            {
                problems.Add($"canonical \"{c}\" is not under {site.PublicBaseUrl}");
                continue;
            }

            if (Normal(local) != Normal(here))
            {
                problems.Add($"canonical \"{c}\" is {site.Relative(local)}, not this page");
            }
        }

        var alternates = head.GetProperty("alternates").EnumerateArray()
            .Select(a => (Lang: a.GetProperty("hreflang").GetString()!, Href: a.GetProperty("href").GetString()!)).ToList();
        foreach (var dup in alternates.GroupBy(a => a.Lang, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"hreflang=\"{dup.Key}\" appears {dup.Count()} times");
        }

        if (alternates.Count > 0 && !alternates.Any(a => a.Lang == "x-default"))
        {
            problems.Add("no hreflang=\"x-default\" alternate");
        }

        foreach (var (lang, href) in alternates)
        {
            var what = $"<link rel=alternate hreflang=\"{lang}\" href=\"{href}\">";
            Uri? u;
            if (site.PublicBaseUrl is null)
            {
                u = new Uri(here, href);
            }
            else if (!Uri.TryCreate(href, UriKind.Absolute, out u))
            {
                problems.Add($"{what}: not an absolute URL");
                continue;
            }

            var local = site.MapPublicUrl(u);
            if (!site.IsLocal(local))
            {
                problems.Add($"{what}: not under {site.PublicBaseUrl?.ToString() ?? site.Server.BaseAddress.ToString()}");
                continue;
            }

            var (status, location, body) = await site.FetchAsync(local);
            if (status != HttpStatusCode.OK)
            {
                problems.Add($"{what}: HTTP {(int)status}{(location is null ? "" : " -> " + location)}");
                continue;
            }

            if (lang != "x-default" && body is not null)
            {
                var targetLang = new HtmlParser().ParseDocument(body).DocumentElement.GetAttribute("lang");
                if (!string.Equals(targetLang, lang, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{what}: the target page has lang=\"{targetLang}\"");
                }
            }
        }

        return problems;
    }

    /// <summary>The URL without its query and fragment, and with a trailing index.html dropped.</summary>
    internal static string Normal(Uri u)
    {
        var path = u.AbsolutePath;
        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        return u.GetLeftPart(UriPartial.Authority) + path;
    }
}
