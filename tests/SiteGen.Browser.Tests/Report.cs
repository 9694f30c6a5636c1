namespace SiteGen.Browser.Tests;

/// <summary>Builds failure messages that name the page, the check and each offending element or message.</summary>
public static class Report
{
    public static void NoProblems(string page, string check, IEnumerable<string> problems)
    {
        var list = problems.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Assert.Fail($"{page}: {check}: {list.Count} problem(s):\n" + string.Join("\n", list.Select(p => "  - " + p.Replace("\n", "\n    "))));
    }
}
