using Microsoft.Playwright;

namespace SiteGen.Auditing;

/// <summary>How a page is looked at: colour scheme and viewport width.</summary>
public enum Variant { Light, Dark, Narrow }

/// <summary>What each <see cref="Variant"/> means for the browser, and how messages name it.</summary>
public static class Variants
{
    public static ColorScheme Scheme(this Variant v) => v == Variant.Dark ? ColorScheme.Dark : ColorScheme.Light;

    public static int Width(this Variant v) => v == Variant.Narrow ? 375 : 1280;

    public static int Height(this Variant v) => v == Variant.Narrow ? 812 : 900;

    public static string Describe(this Variant v) => v switch
    {
        Variant.Light => "light, 1280px",
        Variant.Dark => "dark, 1280px",
        _ => "light, 375px",
    };
}
