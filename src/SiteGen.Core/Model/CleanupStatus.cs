namespace SiteGen.Model;

/// <summary>Whether the experiment's resources were removed. YAML: <c>cleaned</c>, <c>partial</c>, <c>pending</c>.</summary>
public enum CleanupStatus
{
    Cleaned,
    Partial,
    Pending,
}
