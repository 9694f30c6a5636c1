using System.ComponentModel.DataAnnotations;
using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>A chapter of the course; records name it by <see cref="Number"/>.</summary>
[KeepSourceSpans]
public sealed record ChapterConfig
{
    [Range(1, 99)]
    public required int Number { get; init; }

    /// <summary>The URL name, for example <c>controllers</c>; the folder becomes <c>02-controllers</c>.</summary>
    [RegularExpression(ModelPatterns.Slug, ErrorMessage = ModelPatterns.SlugHint)]
    public required string Slug { get; init; }

    public required Localized Title { get; init; }
}
