namespace SiteGen.Model;

/// <summary>The text of a <see cref="Localized"/> value as shown to one reader.</summary>
/// <param name="Language">The language the text is actually written in.</param>
/// <param name="IsFallback">True when the reader's language was missing and another one is shown.</param>
public readonly record struct LocalizedText(string Text, string Language, bool IsFallback);
