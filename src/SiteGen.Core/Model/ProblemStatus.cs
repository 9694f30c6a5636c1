namespace SiteGen.Model;

/// <summary>Where a problem met during the experiment stands. YAML: <c>resolved</c>, <c>worked-around</c>, <c>open</c>.</summary>
public enum ProblemStatus
{
    Resolved,
    WorkedAround,
    Open,
}
