using System.Text;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace SiteGen.Core.Tests.Publishing;

/// <summary>
/// Every file a record names is checked where the path is written: it must be relative, stay inside the
/// content folder, be there, and (for an image) be an image with alt text and a reasonable size.
/// </summary>
public sealed class RecordFilesCheckTests
{
    private const string Head = """
        id: "3.1"
        slug: configmap
        chapter: 3
        title: {zh: 配置, en: Config}
        date: 2024-01-01
        summary: {one_line: {zh: 总结, en: Summary}}

        """;

    [Fact]
    public void FilesBesideTheRecord_AreFound_AndPublishedOnce_UnderFiles()
    {
        using var content = Site(
            "resources:\n  - configmap.yaml\n  - configmap.yaml\nsteps:\n  - title: One\n    screenshots:\n      - file: images/a.png\n        alt: {zh: 图, en: A picture}\n",
            ("03-config/configmap.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\n")), ("03-config/images/a.png", Png(40, 20)));

        var (diagnostics, entry) = Check(content);

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["files/experiments/03-config/configmap.yaml", "files/experiments/03-config/images/a.png"],
            entry.Published.Select(p => p.File.SitePath).Distinct());
        var image = entry.Published.Single(p => p.Reference.IsImage);
        Assert.Equal((40, 20, true), (image.File.Width, image.File.Height, image.Eager));
    }

    [Theory]
    [InlineData("steps:\n  - title: One\n    screenshots:\n      - file: images/gone.png\n        alt: x\n", 10, 15, "SG0801", true, "The image images/gone.png is not there (experiments/03-config/images/gone.png)")]
    [InlineData("resources:\n  - gone.yaml\n", 8, 5, "SG0802", false, "The resource gone.yaml is not there (experiments/03-config/gone.yaml), so it is shown as text and not published")]
    [InlineData("resources:\n  - ../../../secret.yaml\n", 8, 5, "SG0803", true, "../../../secret.yaml leads outside the content folder")]
    [InlineData("description: \"![shot](../../../shot.png)\"\n", 7, 23, "SG0803", true, "../../../shot.png leads outside the content folder")]
    [InlineData("resources:\n  - /home/me/app.yaml\n", 8, 5, "SG0804", true, "/home/me/app.yaml is an absolute path")]
    [InlineData("description: \"![shot](C:/shots/a.png)\"\n", 7, 23, "SG0804", true, "C:/shots/a.png is an absolute path")]
    [InlineData("description: \"![x](file:///etc/passwd)\"\n", 7, 20, "SG0805", true, "file:///etc/passwd is a file: address")]
    [InlineData("description: \"![x](javascript:alert(1))\"\n", 7, 20, "SG0805", true, "javascript:alert(1) is a javascript: address")]
    [InlineData("steps:\n  - title: One\n    screenshots:\n      - file: \"data:image/svg+xml,<svg onload=alert(1)>\"\n        alt: x\n", 10, 15, "SG0805", true, "is a data: address")]
    [InlineData("description: \"![x](https://example.org/a.png)\"\n", 7, 20, "SG0808", false, "The image https://example.org/a.png is loaded from another site")]
    public void ABadPath_IsADiagnostic_WhereItIsWritten(string yaml, int line, int column, string code, bool error, string message)
    {
        using var content = Site(yaml);

        var (diagnostics, _) = Check(content);

        var diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(("experiments/03-config/3.1-configmap.yaml", line, column, error), (diagnostic.Span.File, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.IsError));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(diagnostic.LineText);
    }

    [Fact]
    public void ARemoteImage_IsAnError_WhenSiteYamlSaysSo()
    {
        using var content = Site("description: \"![x](https://example.org/a.png)\"\n", siteExtra: "remote_images: error\n");

        var (diagnostics, entry) = Check(content);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.RemoteImage, true), (diagnostic.Code, diagnostic.IsError));
        Assert.False(entry.IsValid);
    }

    [Fact]
    public void AnImageWithoutAltText_IsAWarning_InProseAndInScreenshots()
    {
        using var content = Site(
            "description: \"![](a.png)\"\nsteps:\n  - title: One\n    screenshots:\n      - file: a.png\n",
            ("03-config/a.png", Png(4, 4)));

        var (diagnostics, _) = Check(content);

        Assert.Equal([(7, 19), (11, 15)], diagnostics.Where(d => d.Code == DiagnosticCodes.MissingAltText && !d.IsError).Select(d => (d.Span.Line, d.Span.Column)));
    }

    [Fact]
    public void AScreenshotsAltMissingInALanguage_IsAMissingTranslation()
    {
        using var content = Site(
            "steps:\n  - title: One\n    screenshots:\n      - file: a.png\n        alt: {zh: 只有中文}\n",
            ("03-config/a.png", Png(4, 4)));

        var (diagnostics, _) = Check(content);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingTranslation && d.Language == "en" && d.Field == "steps[1].screenshots[1].alt");
    }

    [Fact]
    public void AnImageOverTheLimit_IsAWarning_WithItsSize()
    {
        var big = Noise(640, 640);
        using var content = Site("description: \"![big](big.png)\"\n", ("03-config/big.png", big));

        var (diagnostics, _) = Check(content);

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ImageTooLarge, false), (warning.Code, warning.IsError));
        Assert.True(big.Length > 1 << 20);
        Assert.Contains($"is {(big.Length / (double)(1 << 20)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} MiB, over the 1.0 MiB", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNamedAsAnImageThatIsNotOne_IsAnError()
    {
        using var content = Site("description: \"![x](fake.png)\"\n", ("03-config/fake.png", Encoding.UTF8.GetBytes("not a picture")));

        var (diagnostics, entry) = Check(content);

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnreadableImage, true), (error.Code, error.IsError));
        Assert.False(entry.IsValid);
    }

    [Fact]
    public void AHostileSvg_IsAWarning_ThatNamesWhatWasTakenOut()
    {
        using var content = Site(
            "description: \"![x](evil.svg)\"\n",
            ("03-config/evil.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\"alert(1)\"><script>alert(2)</script></svg>")));

        var (diagnostics, entry) = Check(content);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeSvg, warning.Code);
        Assert.Contains("<script> elements, event handlers (on… attributes)", warning.Message, StringComparison.Ordinal);
        Assert.True(entry.IsValid);
        Assert.Equal((10, 10), (entry.Published[0].File.Width, entry.Published[0].File.Height));
    }

    [Fact]
    public void AResourceWrittenFromTheContentFolder_IsFoundNot_ButTheWarningSaysWhatToWrite()
    {
        using var content = Site("resources:\n  - experiments/03-config/app.yaml\n", ("03-config/app.yaml", Encoding.UTF8.GetBytes("a: 1\n")));

        var (diagnostics, _) = Check(content);

        var warning = Assert.Single(diagnostics);
        Assert.EndsWith("experiments/03-config/app.yaml is there from the content folder, so write app.yaml.", warning.Message, StringComparison.Ordinal);
    }

    internal static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(30, 120, 200));
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    /// <summary>A PNG of random pixels, which does not compress: about 4 bytes a pixel.</summary>
    internal static byte[] Noise(int width, int height)
    {
        var random = new Random(7);
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 255);
            }
        }

        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    private static ContentFolder Site(string yaml, params (string Path, byte[] Bytes)[] files) => Site(yaml, "", files);

    private static ContentFolder Site(string yaml, string siteExtra, params (string Path, byte[] Bytes)[] files)
    {
        var content = new ContentFolder(ContentFolder.BilingualSite + "\n" + siteExtra);
        Directory.CreateDirectory(content.Experiment("03-config/images"));
        content.Add("03-config/3.1-configmap.yaml", Head + yaml);
        foreach (var (path, bytes) in files)
        {
            content.Add(path, bytes);
        }

        return content;
    }

    private static (IReadOnlyList<Diagnostic> Diagnostics, SiteGen.Model.RecordEntry Entry) Check(ContentFolder content)
    {
        var checkedContent = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
        return (checkedContent.Diagnostics.Items, Assert.Single(checkedContent.Records));
    }
}
