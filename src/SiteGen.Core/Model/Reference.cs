using System.ComponentModel.DataAnnotations;

namespace SiteGen.Model;

/// <summary>A link to further reading.</summary>
public sealed record Reference
{
    public required Localized Title { get; init; }

    [RegularExpression(ModelPatterns.Url, ErrorMessage = ModelPatterns.UrlHint)]
    public required string Url { get; init; }
}
