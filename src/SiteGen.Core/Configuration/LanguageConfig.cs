using System.ComponentModel.DataAnnotations;
using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>A language of the site.</summary>
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

    public string Tag => Locale ?? Code;
}
