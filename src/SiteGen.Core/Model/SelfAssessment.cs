using System.ComponentModel.DataAnnotations;

namespace SiteGen.Model;

/// <summary>Ratings out of five stars.</summary>
public sealed record SelfAssessment
{
    [Range(1, 5)]
    public int? Knowledge { get; init; }

    [Range(1, 5)]
    public int? Practice { get; init; }

    [Range(1, 5)]
    public int? Recommendation { get; init; }
}
