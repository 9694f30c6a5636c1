using System.ComponentModel.DataAnnotations;
using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>A chapter of the course; records name it by <see cref="Number"/>.</summary>
[KeepSourceSpans]
public sealed record ChapterConfig
{
    /// <summary>
    /// The chapter's number, from 1 to 99, such as <c>2</c>. Records in it write <c>chapter: 2</c>,
    /// and their ids start with it (<c>2.1</c>). Each number may be declared once.
    /// </summary>
    [Range(1, 99)]
    public required int Number { get; init; }

    /// <summary>The URL name, for example <c>controllers</c>; the folder becomes <c>02-controllers</c>.</summary>
    [RegularExpression(ModelPatterns.Slug, ErrorMessage = ModelPatterns.SlugHint)]
    public required string Slug { get; init; }

    /// <summary>The chapter's name, such as <c>Workload controllers</c>. Shown on the home page and in each experiment's breadcrumbs.</summary>
    public required Localized Title { get; init; }
}
