using SiteGen.Diagnostics;

namespace SiteGen.Auditing;

/// <summary>
/// One check of the quality gate: its diagnostic code, the name messages give it, and what to do about a problem
/// it finds. <c>sitegen audit</c> and the project's browser tests name problems the same way.
/// </summary>
public sealed record AuditCheck(string Code, string Name, string Fix)
{
    public static readonly AuditCheck Diagrams = new(DiagnosticCodes.AuditDiagram, "mermaid diagrams",
        "Check the diagram's Mermaid source in its record, and the diagram colours (mermaid-init.js, the CSS) for a label that is hard to read.");

    public static readonly AuditCheck PageLoad = new(DiagnosticCodes.AuditPageLoad, "page load",
        "A page may load only the site's own files, without errors: add the missing file, or remove the reference to another host or the script that fails.");

    public static readonly AuditCheck Links = new(DiagnosticCodes.AuditLink, "internal links",
        "Fix the link in the record or template that writes it, or add the page or file it points to, and build again.");

    public static readonly AuditCheck Alternates = new(DiagnosticCodes.AuditAlternates, "canonical and hreflang links",
        "Canonical and hreflang links come from base_url and the languages in site.yaml: set base_url to where the site is published and build again.");

    public static readonly AuditCheck LanguageSwitcher = new(DiagnosticCodes.AuditLanguageSwitcher, "language switcher",
        "Each language's link in nav.language-switcher must lead to this page in that language and back; check the layout template.");

    public static readonly AuditCheck Overflow = new(DiagnosticCodes.AuditOverflow, "horizontal overflow at 375px",
        "Let the element wrap, shrink or scroll inside its own box on a phone (max-width: 100%, overflow-x: auto, overflow-wrap: anywhere).");

    public static readonly AuditCheck ColourScheme = new(DiagnosticCodes.AuditColourScheme, "colour scheme",
        "Body text needs 7:1 against the page background, on a light background in light mode and a dark one in dark mode: change --fg or --bg in your CSS.");

    public static readonly AuditCheck Accessibility = new(DiagnosticCodes.AuditAccessibility, "axe-core",
        "Follow the rule's link for how to fix it; a contrast problem is a colour in your CSS (check light and dark mode).");

    public static readonly AuditCheck Html = new(DiagnosticCodes.AuditHtml, "Nu HTML Checker",
        "Fix the markup in the template that writes it (or the CSS), and build again.");

    /// <summary>Every check, in the order the audit runs them.</summary>
    public static IReadOnlyList<AuditCheck> All { get; } =
        [Diagrams, PageLoad, Links, Alternates, LanguageSwitcher, Overflow, ColourScheme, Accessibility, Html];

    /// <summary>The name with the variant the page was looked at in: "axe-core (dark, 1280px)".</summary>
    public string Label(Variant variant) => $"{Name} ({variant.Describe()})";

    /// <summary>One problem as an error on the page (or file): the check, what is wrong, and what to do.</summary>
    public Diagnostic Finding(SourceSpan where, string label, string problem) =>
        new(DiagnosticSeverity.Error, Code, where, $"{label}: {problem.Replace("\n", "\n    ", StringComparison.Ordinal)}\n    To fix: {Fix}");
}
