using SiteGen.Cli.Serving;
using SiteGen.Output;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests.Serving;

/// <summary>
/// How a request path maps to a file of the served folder, before any web server has normalised it: the
/// dev server must not rely on Kestrel alone to keep requests inside the site.
/// </summary>
public sealed class SiteFilesTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.Copy(RepositoryPaths.Content, RepositoryPaths.Templates);

    public SiteFilesTests()
    {
        _workspace.Write("secret.txt", "the author's secret");
        _workspace.Write("site/index.html", "<!DOCTYPE html>");
        _workspace.Write("site/en/index.html", "<!DOCTYPE html>");
        _workspace.Write("site/en/report.md", "# report");
        _workspace.Write("site/" + OutputManifest.FileName, "index.html");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/en/", "en/index.html")]
    [InlineData("/en/report.md", "en/report.md")]
    public void A_path_inside_the_site_is_its_file(string path, string file)
    {
        var (kind, found) = SiteFiles.Resolve(_workspace.Site, path);

        Assert.Equal(Resolution.File, kind);
        Assert.Equal(_workspace.PathOf("site/" + file), found);
    }

    [Fact]
    public void A_folder_without_its_slash_is_redirected() =>
        Assert.Equal(Resolution.AddSlash, SiteFiles.Resolve(_workspace.Site, "/en").Kind);

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/en/../../secret.txt")]
    [InlineData("/./../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/en//report.md")]
    [InlineData("/" + OutputManifest.FileName)]
    [InlineData("/en\0/report.md")]
    [InlineData("/C:/secret.txt")]
    [InlineData("secret.txt")]
    [InlineData("/nothing-here.html")]
    public void A_path_that_leaves_the_site_names_a_hidden_file_or_nothing_is_not_found(string path) =>
        Assert.Equal((Resolution.NotFound, null), SiteFiles.Resolve(_workspace.Site, path));

    public void Dispose() => _workspace.Dispose();
}
