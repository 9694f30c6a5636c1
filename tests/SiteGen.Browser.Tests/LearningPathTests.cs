namespace SiteGen.Browser.Tests;

/// <summary>
/// The learning path on each language's index is drawn at build time with a link on every experiment: a
/// reader clicks a node, or tabs to it and presses Enter, and is on that experiment's page. The path of each
/// language and scheme is photographed into the artifacts. (The index itself goes through every check of
/// <see cref="PageTests"/>, the links inside the drawing included.)
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LearningPathTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>A click has arrived once the new document is committed (as in <see cref="PageTests"/>): a busy machine can take long to load it all.</summary>
    private static readonly PageWaitForURLOptions Arrival = new() { WaitUntil = WaitUntilState.Commit, Timeout = 15_000 };

    [Theory]
    [InlineData("en", ColorScheme.Light, "2.2", "Deployment rolling update")]
    [InlineData("zh", ColorScheme.Dark, "4.1", "PV/PVC 存储实验")]
    public async Task Clicking_a_node_of_the_learning_path_opens_its_experiment(string language, ColorScheme scheme, string id, string title)
    {
        await using var context = await site.NewContextAsync(scheme);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url($"{language}/index.html").ToString());

        var node = VisibleNode(tab, id);
        Assert.Equal(1, await node.CountAsync());
        await node.ClickAsync();
        await tab.WaitForURLAsync($"**/{language}/*/{id}-*/index.html", Arrival);
        await tab.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(title, (await tab.Locator("h1").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task A_node_of_the_learning_path_is_reached_with_the_keyboard_and_opened_with_Enter()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("en/index.html").ToString());

        // Tab from the link before the diagram (the path's heading has none) to the first node.
        await tab.Locator("#learning-path").ScrollIntoViewIfNeededAsync();
        await tab.Locator("a[href='#learning-path']").FocusAsync();
        var focused = "";
        for (var i = 0; i < 200 && !focused.StartsWith("svg a", StringComparison.Ordinal); i++)
        {
            await tab.Keyboard.PressAsync("Tab");
            focused = await tab.EvaluateAsync<string>("() => (document.activeElement.closest('svg') ? 'svg a ' : '') + (document.activeElement.getAttribute('href') ?? document.activeElement.getAttribute('xlink:href') ?? '')");
        }

        Assert.Equal("svg a ../en/02-controllers/2.1-statefulset/index.html", focused);
        await tab.Keyboard.PressAsync("Enter");
        await tab.WaitForURLAsync("**/en/02-controllers/2.1-statefulset/index.html", Arrival);
    }

    [Fact]
    public async Task The_learning_path_is_photographed_in_each_language_and_scheme()
    {
        Directory.CreateDirectory(TestPaths.ScreenshotDir);
        foreach (var language in new[] { "zh", "en" })
        {
            foreach (var (scheme, width) in new[] { (ColorScheme.Light, 1280), (ColorScheme.Dark, 1280), (ColorScheme.Light, 375) })
            {
                await using var context = await site.NewContextAsync(scheme, width);
                var tab = await context.NewPageAsync();
                await tab.GotoAsync(site.Url($"{language}/index.html").ToString());
                var file = Path.Combine(TestPaths.ScreenshotDir, $"learning-path.{language}.{scheme.ToString().ToLowerInvariant()}.{width}px.png");
                await tab.Locator("#learning-path").ScreenshotAsync(new() { Path = file, Animations = ScreenshotAnimations.Disabled });

                Assert.True(new FileInfo(file).Length > 10_000, $"{file} is nearly empty");
                output.WriteLine(file);
            }
        }
    }

    /// <summary>The link of node <paramref name="id"/> in the drawing the page's colour scheme shows.</summary>
    private static ILocator VisibleNode(IPage tab, string id) =>
        tab.Locator("#learning-path .diagram-art > div:visible svg a").Filter(new() { HasText = id }).First;
}
