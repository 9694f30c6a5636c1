using System.ComponentModel.DataAnnotations;
using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>A language of the site.</summary>
[KeepSourceSpans]
public sealed record LanguageConfig
{
    /// <summary>The key used in localized YAML maps and in URLs: <c>zh</c>, <c>en</c>.</summary>
    [RegularExpression(ModelPatterns.Language, ErrorMessage = ModelPatterns.LanguageHint)]
    public required string Code { get; init; }

    /// <summary>The BCP 47 tag for <c>lang</c> and <c>hreflang</c>: <c>zh-CN</c>, <c>en</c>.</summary>
    [RegularExpression(ModelPatterns.LanguageTag, ErrorMessage = ModelPatterns.LanguageTagHint)]
    public string? Locale { get; init; }

    /// <summary>The language's name in itself, for the switcher: <c>中文</c>, <c>English</c>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The share of the site's prose fields, in percent, that must be written in this language: below it,
    /// <c>check</c> and <c>build</c> fail and every missing translation into it is an error. <c>100</c> requires
    /// every field; leave it out to require nothing. <c>--require-translation</c> overrides it.
    /// </summary>
    [Range(0, 100)]
    public int? RequireTranslation { get; init; }

    public string Tag => Locale ?? Code;
}
