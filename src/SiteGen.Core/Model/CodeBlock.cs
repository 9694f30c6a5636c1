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

    [LiteralText]
    public required Localized Text { get; init; }
}
