using System.Globalization;

namespace SiteGen.Auditing;

/// <summary>CSS colours as <c>getComputedStyle</c> returns them, and WCAG contrast between two of them.</summary>
public static class Colour
{
    /// <summary>Parses "rgb(r, g, b)", "rgba(r, g, b, a)" and "rgb(r g b / a)" as returned by getComputedStyle.</summary>
    public static (double R, double G, double B) Parse(string css)
    {
        if (!css.StartsWith("rgb", StringComparison.Ordinal))
        {
            throw new FormatException($"Unexpected colour \"{css}\"");
        }

        var inner = css[(css.IndexOf('(') + 1)..css.LastIndexOf(')')];
        var parts = inner.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return (P(parts[0]), P(parts[1]), P(parts[2]));
    }

    /// <summary>WCAG relative luminance, 0 (black) to 1 (white).</summary>
    public static double Luminance((double R, double G, double B) c)
    {
        static double Lin(double v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4); }
        return (0.2126 * Lin(c.R)) + (0.7152 * Lin(c.G)) + (0.0722 * Lin(c.B));
    }

    /// <summary>WCAG contrast ratio, 1 (none) to 21 (black on white).</summary>
    public static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
