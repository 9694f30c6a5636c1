using System.ComponentModel.DataAnnotations;

namespace SiteGen.Model;

/// <summary>A link to further reading.</summary>
public sealed record Reference
{
    /// <summary>The link text, such as <c>Kubernetes documentation: StatefulSets</c>.</summary>
    public required Localized Title { get; init; }

    /// <summary>
    /// The full address, starting with <c>http://</c>, <c>https://</c> or <c>mailto:</c>,
    /// such as <c>https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/</c>.
    /// </summary>
    [RegularExpression(ModelPatterns.Url, ErrorMessage = ModelPatterns.UrlHint)]
    public required string Url { get; init; }
}
