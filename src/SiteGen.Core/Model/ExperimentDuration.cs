using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Model;

/// <summary>How long an experiment took. YAML: <c>1.5h</c>, <c>90m</c>, <c>1h30m</c>.</summary>
public readonly partial record struct ExperimentDuration(int Minutes)
{
    public static bool TryParse(string text, out ExperimentDuration duration)
    {
        duration = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || (!match.Groups["h"].Success && !match.Groups["m"].Success))
        {
            return false;
        }

        var hours = match.Groups["h"].Success
            ? double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture)
            : 0;
        var minutes = match.Groups["m"].Success
            ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : 0;
        var total = (int)Math.Round(hours * 60) + minutes;
        if (total <= 0)
        {
            return false;
        }

        duration = new ExperimentDuration(total);
        return true;
    }

    /// <summary>
    /// Hours, minutes or both, in ASCII digits (.NET's <c>\d</c> would also take digits of other scripts,
    /// which the number parser then refuses). The JSON Schema adds that some digit must not be zero.
    /// </summary>
    public const string Format = @"^(?:(?<h>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*h)?\s*(?:(?<m>[0-9]{1,4})\s*m(?:in)?)?$";

    [GeneratedRegex(Format, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
