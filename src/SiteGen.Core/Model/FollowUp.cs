using System.ComponentModel.DataAnnotations;

namespace SiteGen.Model;

/// <summary>A follow-up experiment, named by its id (<c>2.2</c>). Its title comes from that record.</summary>
[KeepSourceSpans]
public sealed record FollowUp
{
    [RegularExpression(ModelPatterns.Id, ErrorMessage = ModelPatterns.IdHint)]
    public required string Experiment { get; init; }

    /// <summary>Shown when the experiment has no record yet.</summary>
    public Localized? Title { get; init; }

    public bool Done { get; init; }
}
