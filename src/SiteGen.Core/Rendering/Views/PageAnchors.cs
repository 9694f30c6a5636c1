namespace SiteGen.Rendering.Views;

/// <summary>
/// The ids of the places on an experiment page that other pages link to (the index's progress links to each
/// objective, question, problem and cleanup left open). An item's id is its number in the record, 1-based:
/// the same in every language, and the same as long as the record keeps its items in order.
/// </summary>
public static class PageAnchors
{
    /// <summary>An objective's checkbox under "Experiment information".</summary>
    public static string Objective(int number) => $"objective-{number}";

    /// <summary>A question's checkbox under "Open questions".</summary>
    public static string Question(int number) => $"question-{number}";

    /// <summary>A problem's section.</summary>
    public static string Problem(int number) => $"problem-{number}";

    /// <summary>The line that says whether everything was cleaned up.</summary>
    public const string CleanupStatus = "cleanup-status";
}
