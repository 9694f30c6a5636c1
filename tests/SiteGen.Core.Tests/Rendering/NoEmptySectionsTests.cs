using AngleSharp.Html.Parser;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// A section, its entry in the page's table of contents and its heading in the report appear only when
/// something in it is shown: the smallest valid record (title, date, one-line summary) has no empty section.
/// </summary>
public sealed class NoEmptySectionsTests
{
    public static TheoryData<string> Sites => ["minimal", "sample"];

    [Theory, MemberData(nameof(Sites))]
    public void NoPageOrReport_HasAnEmptySection(string site)
    {
        var files = site == "sample" ? Builds.Sample.Value.Files : Minimal();
        var experiments = files.Keys.Where(f => f.Count(c => c == '/') == 3).ToList();
        Assert.NotEmpty(experiments);
        var problems = new List<string>();
        foreach (var path in experiments)
        {
            var text = System.Text.Encoding.UTF8.GetString(files[path]);
            var found = path.EndsWith(".html", StringComparison.Ordinal) ? EmptyOnPage(text) : EmptyInReport(text);
            problems.AddRange(found.Select(p => $"{path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> EmptyOnPage(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var tocTargets = page.QuerySelectorAll("nav.toc a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        foreach (var section in page.QuerySelectorAll("main section[id]"))
        {
            var content = section.Children.Where(c => c.LocalName is not ("h2" or "h3")).ToList();
            if (content.Count == 0 || content.All(c => c.TextContent.Trim().Length == 0))
            {
                yield return $"section #{section.Id} shows nothing but its heading";
            }
        }

        foreach (var target in tocTargets.Where(t => page.GetElementById(t) is null))
        {
            yield return $"the table of contents links to #{target}, which is not on the page";
        }
    }

    private static IEnumerable<string> EmptyInReport(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                continue;
            }

            var next = lines.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0);
            if (next is null || next == "---" || next.StartsWith("## ", StringComparison.Ordinal))
            {
                yield return $"the heading '{lines[i]}' has nothing under it";
            }
        }
    }

    /// <summary>The smallest valid record: a Chinese title, a date and a one-line summary.</summary>
    private static SortedDictionary<string, byte[]> Minimal()
    {
        using var workspace = Workspace.OfRepository();
        workspace.WithoutRecords();

        workspace.Write("content/experiments/02-controllers/2.1-minimal.yaml", "id: \"2.1\"\nslug: minimal\nchapter: 2\ntitle: 最小记录\ndate: 2024-01-01\nsummary:\n  one_line: 只有必填字段\n");
        return Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root).Files;
    }
}
