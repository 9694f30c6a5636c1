using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Scaffolding;

/// <summary>Experiment ids (<c>2.1</c>): the chapter number, a dot, the experiment's number in the chapter.</summary>
public static partial class ExperimentIds
{
    /// <summary>The highest experiment number an id can hold (<see cref="ModelPatterns.Id"/>).</summary>
    public const int MaxNumber = 999;

    /// <summary>
    /// The id after the highest one of <paramref name="chapter"/> among <paramref name="taken"/>: <c>2.3</c>
    /// after 2.1 and 2.2, <c>2.6</c> after 2.1 and 2.5 (a gap is left alone: its number may have been used
    /// before), <c>2.1</c> when the chapter has none. Ids of other chapters and text that is no id are
    /// ignored. Null when the chapter has used its last number.
    /// </summary>
    public static string? Next(int chapter, IEnumerable<string> taken)
    {
        var highest = 0;
        foreach (var id in taken)
        {
            if (Parse(id) is { } parsed && parsed.Chapter == chapter)
            {
                highest = Math.Max(highest, parsed.Number);
            }
        }

        return highest >= MaxNumber ? null : Of(chapter, highest + 1);
    }

    /// <summary>The id of experiment <paramref name="number"/> of <paramref name="chapter"/>.</summary>
    public static string Of(int chapter, int number) => string.Create(CultureInfo.InvariantCulture, $"{chapter}.{number}");

    /// <summary>The chapter and number of an id; null when the text is not an id.</summary>
    public static (int Chapter, int Number)? Parse(string id) =>
        Pattern().IsMatch(id) && id.Split('.') is [var chapter, var number]
            ? (int.Parse(chapter, CultureInfo.InvariantCulture), int.Parse(number, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(ModelPatterns.Id, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
