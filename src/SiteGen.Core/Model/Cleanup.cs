namespace SiteGen.Model;

/// <summary>How to remove what the experiment created.</summary>
public sealed record Cleanup
{
    public IReadOnlyList<Command> Commands { get; init; } = [];

    public required CleanupStatus Status { get; init; }
}
