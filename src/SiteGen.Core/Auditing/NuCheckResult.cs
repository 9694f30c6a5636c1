namespace SiteGen.Auditing;

/// <summary>What a run of the checker gave: its messages, or why it could not run.</summary>
public sealed record NuCheckResult(IReadOnlyList<NuMessage> Messages, int HtmlFiles, int CssFiles, string? Failure)
{
    public IEnumerable<NuMessage> Errors => Messages.Where(m => m.IsError);
}
