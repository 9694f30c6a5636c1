using UglyToad.PdfPig;

namespace SiteGen.Browser.Tests;

/// <summary>
/// A printed experiment page, printed from a browser in dark mode: no navigation, the light theme, every
/// diagram whole on one A4 page, no empty page, and the PDF kept beside the screenshots.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PrintTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>An A4 page's height at 96 dpi, less Chromium's default 1 cm margins: what one diagram must fit in.</summary>
    private const double PrintableHeight = (29.7 - 2) / 2.54 * 96;

    [Theory]
    [InlineData("zh/02-controllers/2.1-statefulset/index.html")]
    [InlineData("en/02-controllers/2.1-statefulset/index.html")]
    public async Task A_printed_page_has_no_navigation_the_light_theme_and_every_diagram_on_one_page(string page)
    {
        await using var context = await site.NewContextAsync(ColorScheme.Dark, width: 794);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page).ToString());
        await tab.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = ColorScheme.Dark });

        var problems = await tab.EvaluateAsync<string[]>($$"""
            () => {
              const out = [];
              const shown = e => getComputedStyle(e).display !== 'none';
              for (const e of document.querySelectorAll('.site-header, .language-switcher, .toc, .site-footer'))
                if (shown(e)) out.push(`${e.className} is printed`);
              if (getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)')
                out.push(`the page is printed on ${getComputedStyle(document.body).backgroundColor}`);
              const art = [...document.querySelectorAll('.diagram-art')];
              if (art.length === 0) out.push('no diagram drawn at build time');
              for (const a of art) {
                if (!shown(a.querySelector('.diagram-light')) || shown(a.querySelector('.diagram-dark')))
                  out.push(`${a.closest('figure').id} is not printed in the light theme`);
              }
              for (const f of document.querySelectorAll('figure.diagram')) {
                const h = f.getBoundingClientRect().height;
                if (h > {{PrintableHeight.ToString("0", System.Globalization.CultureInfo.InvariantCulture)}}) out.push(`${f.id} is ${Math.round(h)} px high: taller than a page`);
                if (getComputedStyle(f).breakInside !== 'avoid') out.push(`${f.id} may break across pages`);
              }
              for (const s of document.querySelectorAll('main pre')) {
                if (getComputedStyle(s).whiteSpace !== 'pre-wrap') out.push('a code block is cut off instead of wrapped');
              }
              return out;
            }
            """);

        var pdf = Path.Combine(TestPaths.ScreenshotDir, "print-" + page.Replace('/', '_').Replace(".html", ".pdf", StringComparison.Ordinal));
        Directory.CreateDirectory(TestPaths.ScreenshotDir);
        await tab.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
        var (pages, empty) = Printed(pdf);
        output.WriteLine($"{pdf}: {pages} A4 pages");

        Assert.True(pages > 0, "the PDF has no page");
        Report.NoProblems(page, "printed (A4, from dark mode)", [.. problems, .. empty.Select(n => $"page {n} of the PDF is empty")]);
    }

    [Fact]
    public async Task The_empty_page_check_finds_a_page_that_prints_nothing()
    {
        await using var context = await site.NewContextAsync(ColorScheme.Light, width: 794);
        var tab = await context.NewPageAsync();
        await tab.SetContentAsync("""<html><body style="background:#fff"><p>first</p><div style="break-before:page"></div><p style="break-before:page">third</p></body></html>""");
        var folder = Directory.CreateTempSubdirectory("sitegen-print-").FullName;
        var pdf = Path.Combine(folder, "blank.pdf");
        await tab.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });

        var (pages, empty) = Printed(pdf);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(3, pages);
        Assert.Equal([2], empty);
    }

    /// <summary>
    /// How many pages the PDF has, and which (1-based) have nothing to read: no letter and no image, only
    /// fills and lines (the page's background, a border, the empty frame of a diagram pushed to the next page).
    /// </summary>
    private static (int Pages, IReadOnlyList<int> Empty) Printed(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var empty = document.GetPages()
            .Where(p => p.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)) == 0 && !p.GetImages().Any())
            .Select(p => p.Number)
            .ToList();
        return (document.NumberOfPages, empty);
    }
}
