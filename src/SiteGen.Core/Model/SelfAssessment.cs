using System.ComponentModel.DataAnnotations;

namespace SiteGen.Model;

/// <summary>Ratings out of five stars.</summary>
public sealed record SelfAssessment
{
    /// <summary>How much you learned, as stars from 1 to 5 (<c>5</c> is best). Shown as "Knowledge gained".</summary>
    [Range(1, 5)]
    public int? Knowledge { get; init; }

    /// <summary>How much your hands-on skill improved, as stars from 1 to 5. Shown as "Practical skill gained".</summary>
    [Range(1, 5)]
    public int? Practice { get; init; }

    /// <summary>
    /// How strongly you would recommend the experiment to other learners, as stars from 1 to 5.
    /// Shown as "Recommended to other learners".
    /// </summary>
    [Range(1, 5)]
    public int? Recommendation { get; init; }
}
