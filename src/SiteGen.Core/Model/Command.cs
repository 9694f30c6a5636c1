using System.ComponentModel.DataAnnotations;
namespace SiteGen.Model;

/// <summary>
/// One or more shell lines with an optional comment above them and optional output below.
/// In YAML a plain string is shorthand for <c>{ run: ... }</c>.
/// </summary>
[ScalarShorthand(nameof(Run))]
public sealed record Command
{
    /// <summary>Prose shown as a <c># comment</c> above the command.</summary>
    public Localized? Comment { get; init; }

    /// <summary>
    /// The command exactly as typed, such as <c>kubectl apply -f statefulset.yaml</c>; use a block (<c>|</c>) for several lines.
    /// Each line that starts a command gets a <c>$</c> prompt; a line that continues one (after <c>\</c>, a pipe,
    /// <c>&amp;&amp;</c>, or inside a here-document) gets <c>&gt;</c>.
    /// </summary>
    public required string Run { get; init; }

    /// <summary>What the command printed, when it is worth keeping.</summary>
    public string? Output { get; init; }

    /// <summary>The fence language; <c>bash</c> when not given.</summary>
    [RegularExpression(ModelPatterns.CodeLanguage, ErrorMessage = ModelPatterns.CodeLanguageHint)]
    public string? Language { get; init; }
}
