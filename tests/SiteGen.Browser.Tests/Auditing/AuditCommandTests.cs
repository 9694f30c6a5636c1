using SiteGen.Building;
using SiteGen.Cli;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Browser.Tests.Auditing;

/// <summary><c>sitegen audit</c> on a user's copy of the sample site: what it reports, where, and how it exits.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private const string DarkMuted = "--muted: #a4adb8;";
    private const string LowContrastMuted = "--muted: #727272;";

    private readonly string _copy = Directory.CreateTempSubdirectory("sitegen-audit-").FullName;

    public AuditCommandTests() => Workspace.CopyFolder(TestPaths.SiteRoot, _copy);

    [Fact]
    public void A_dark_mode_text_colour_at_3_9_to_1_is_reported_with_the_page_and_the_element()
    {
        Assert.InRange(Colour.Contrast((0x72, 0x72, 0x72), (0x0f, 0x12, 0x16)), 3.85, 3.95); // on the dark --bg
        var css = Path.Combine(_copy, "assets", "site.css");
        var text = File.ReadAllText(css);
        var dark = text.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        var at = text.IndexOf(DarkMuted, dark, StringComparison.Ordinal);
        Assert.True(dark >= 0 && at > dark, "the theme's dark --muted is not where the test expects it");
        File.WriteAllText(css, text[..at] + LowContrastMuted + text[(at + DarkMuted.Length)..]);

        var run = Run("audit", _copy, "--page", "en/index.html", "--page", "zh/02-controllers/2.1-statefulset/index.html");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("/en/index.html: error SG0708: axe-core (dark, 1280px): color-contrast (serious)", run.Output);
        Assert.Contains("footer > p: Fix any of the following: Element has insufficient color contrast of 3.9 (foreground color: #727272, background color: #0f1216", run.Output);
        Assert.Contains("To fix: ", run.Output);
        Assert.Contains("/zh/02-controllers/2.1-statefulset/index.html: error SG0708: axe-core (dark, 1280px)", run.Output);
        Assert.DoesNotContain("(light, 1280px)", run.Output); // only dark mode changed
        Assert.EndsWith("2 pages audited: 2 problems.\n", run.Output);
    }

    [Fact]
    public void A_site_published_under_a_sub_path_is_served_under_it_so_its_404_pages_links_work()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("content/site.yaml", "base_url: https://labs.example.org/", "base_url: https://example.github.io/notes/");
        var built = SiteBuilder.Build(new BuildOptions(
            workspace.Content, workspace.Templates, workspace.Site, BuildOptions.DefaultVendorDirectory, new PathDisplay(workspace.Root)));
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Contains("href=\"/notes/", File.ReadAllText(Path.Combine(workspace.Site, "404.html")), StringComparison.Ordinal);

        var run = Run("audit", workspace.Site, "--page", "404.html", "--page", "en/404.html", "--page", "en/index.html");

        Assert.Equal("3 pages audited: 0 problems.\n", run.Output);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void A_page_the_site_does_not_have_is_named_and_nothing_is_audited()
    {
        var run = Run("audit", _copy, "--page", "en/no-such-page.html");

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("error SG0710: the site has no page 'en/no-such-page.html'", run.Output);
        Assert.EndsWith("0 pages audited: 1 problem.\n", run.Output);
    }

    [Fact]
    public void A_folder_without_pages_is_not_a_built_site()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_copy, "empty")).FullName;

        var run = Run("audit", empty);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("error SG0710: the folder has no HTML pages, so it is not a built site; build the site first", run.Output);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = SiteGenApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);
}
