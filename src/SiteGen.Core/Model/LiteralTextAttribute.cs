namespace SiteGen.Model;

/// <summary>
/// Marks a <see cref="Localized"/> property that is shown verbatim (code, command output, a diagram's
/// source) rather than read as Markdown prose: it may be translated, but no Markdown rule applies to it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class LiteralTextAttribute : Attribute;
