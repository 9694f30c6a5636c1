using System.Net;
using System.Text.Json;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The images and resource files a record names, as a reader meets them: every image loads (a real picture,
/// with alt text), its place on the page is kept before it loads (no layout shift), and every resource opens
/// in place and downloads; in both languages, on the experiment page and side by side.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ImageTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Measure = """
        () => [...document.querySelectorAll('main img')].map(i => {
          const r = i.getBoundingClientRect();
          return { src: i.getAttribute('src'), top: Math.round(r.top + scrollY), height: Math.round(r.height), width: Math.round(r.width) };
        })
        """;

    public static TheoryData<string> Pages =>
        ["zh/02-controllers/2.1-statefulset/index.html", "en/02-controllers/2.1-statefulset/index.html",
         "zh/02-controllers/2.1-statefulset/parallel.html", "en/02-controllers/2.1-statefulset/parallel.html"];

    [Theory, MemberData(nameof(Pages))]
    public async Task Every_image_loads_with_alt_text_and_its_size_written_and_nothing_moves_when_it_arrives(string page)
    {
        await using var visit = await PageVisit.OpenAsync(site, page, withoutScripts: true);
        var p = visit.Page;
        var problems = new List<string>();

        // Where every image sits while it has not loaded yet (lazy images below the fold have not).
        var before = await p.EvaluateAsync<JsonElement>(Measure);

        // Bring each image into view, so lazy ones load too, and wait for all of them.
        await p.EvaluateAsync("""
            async () => {
              for (const img of document.querySelectorAll('main img')) {
                img.scrollIntoView();
                if (!img.complete) await new Promise(r => { img.addEventListener('load', r, { once: true }); img.addEventListener('error', r, { once: true }); });
              }
              window.scrollTo(0, 0);
            }
            """);
        var images = await p.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('main img')].map(i => ({
              src: i.getAttribute('src'), alt: i.getAttribute('alt'), complete: i.complete,
              naturalWidth: i.naturalWidth, naturalHeight: i.naturalHeight,
              width: i.getAttribute('width'), height: i.getAttribute('height'), loading: i.getAttribute('loading'),
              current: i.currentSrc }))
            """);
        var after = await p.EvaluateAsync<JsonElement>(Measure);

        Assert.True(images.GetArrayLength() > 0, $"{page} shows no image");
        foreach (var image in images.EnumerateArray())
        {
            var src = image.GetProperty("src").GetString();
            if (!image.GetProperty("complete").GetBoolean() || image.GetProperty("naturalWidth").GetInt32() == 0)
            {
                problems.Add($"{src} did not load");
            }

            if (string.IsNullOrWhiteSpace(image.GetProperty("alt").GetString()))
            {
                problems.Add($"{src} has no alt text");
            }

            if (image.GetProperty("width").GetString() != image.GetProperty("naturalWidth").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)
                || image.GetProperty("height").GetString() != image.GetProperty("naturalHeight").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                problems.Add($"{src} says it is {image.GetProperty("width")}×{image.GetProperty("height")} but is {image.GetProperty("naturalWidth")}×{image.GetProperty("naturalHeight")}");
            }
        }

        for (var i = 0; i < before.GetArrayLength(); i++)
        {
            var (was, now) = (before[i], after[i]);
            if (was.GetProperty("top").GetInt32() != now.GetProperty("top").GetInt32() || was.GetProperty("height").GetInt32() != now.GetProperty("height").GetInt32())
            {
                problems.Add($"{was.GetProperty("src")} moved the page when it loaded: top {was.GetProperty("top")} → {now.GetProperty("top")}, height {was.GetProperty("height")} → {now.GetProperty("height")}");
            }
        }

        problems.AddRange(visit.FailedRequests.Concat(visit.ErrorResponses).Concat(visit.ForeignRequests));
        output.WriteLine($"{images.GetArrayLength()} images checked on {page}");
        Report.NoProblems(page, "images", problems);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Every_resource_opens_in_place_and_downloads(string page)
    {
        await using var visit = await PageVisit.OpenAsync(site, page, withoutScripts: true);
        var p = visit.Page;
        var problems = new List<string>();

        var resources = p.Locator("details.resource");
        var count = await resources.CountAsync();
        Assert.True(count > 0, $"{page} shows no resource file");
        for (var i = 0; i < count; i++)
        {
            var resource = resources.Nth(i);
            var code = resource.Locator("pre code");
            if (await code.IsVisibleAsync())
            {
                problems.Add($"resource {i + 1} is open before it is asked for");
            }

            await resource.Locator("summary").ClickAsync();
            if (!await code.IsVisibleAsync() || (await code.InnerTextAsync()).Length == 0)
            {
                problems.Add($"resource {i + 1} shows nothing when opened");
            }

            var link = resource.Locator("a[download]");
            var href = await link.EvaluateAsync<string>("a => a.href");
            using var response = await site.Http.GetAsync(new Uri(href));
            var status = response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (status != HttpStatusCode.OK || !(await code.InnerTextAsync()).TrimEnd().Equals(body.TrimEnd(), StringComparison.Ordinal))
            {
                problems.Add($"the download {site.Relative(new Uri(href))} answers HTTP {(int)status}, or is not the text the page shows");
            }
        }

        Report.NoProblems(page, "resource files", problems);
    }
}
