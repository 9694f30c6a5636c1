using System.ComponentModel.DataAnnotations;

namespace SiteGen.Model;

/// <summary>A follow-up experiment, named by its id (<c>2.2</c>). Its title comes from that record.</summary>
[KeepSourceSpans]
public sealed record FollowUp
{
    /// <summary>
    /// The id of the follow-up experiment, quoted: <c>"2.2"</c>. Links to that experiment's page and shows its title;
    /// an id with no record yet is a warning.
    /// </summary>
    [RegularExpression(ModelPatterns.Id, ErrorMessage = ModelPatterns.IdHint)]
    public required string Experiment { get; init; }

    /// <summary>The title to show for the follow-up; without one, the title of its record (or just the id, when it has no record yet).</summary>
    public Localized? Title { get; init; }

    /// <summary><c>true</c> once the follow-up experiment has been done: its box is ticked. Leave it out (or <c>false</c>) until then.</summary>
    public bool Done { get; init; }
}
