using System.ComponentModel.DataAnnotations;
namespace SiteGen.Model;

/// <summary>
/// A block of literal text such as command output or a record. In YAML either a plain string or
/// <c>{ language: bash, text: ... }</c>. The text may be localized when it carries prose comments.
/// </summary>
[ScalarShorthand(nameof(Text))]
public sealed record CodeBlock
{
    /// <summary>The language of the fence (<c>bash</c>, <c>yaml</c>); empty for plain output.</summary>
    [RegularExpression(ModelPatterns.CodeLanguage, ErrorMessage = ModelPatterns.CodeLanguageHint)]
    public string? Language { get; init; }

    /// <summary>
    /// The text itself, shown exactly as written in a code block (no Markdown); a block (<c>|</c>) keeps its lines.
    /// Write a map by language (<c>zh</c>, <c>en</c>) only when it holds comments or notes that are translated.
    /// </summary>
    [LiteralText]
    public required Localized Text { get; init; }
}
