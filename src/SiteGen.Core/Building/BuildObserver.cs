namespace SiteGen.Building;

/// <summary>
/// What a build tells whoever runs it, as it goes: the command line prints it, tests listen to it.
/// Every method does nothing unless overridden.
/// </summary>
public class BuildObserver
{
    /// <summary>Another build holds the output folder; this one waits for it.</summary>
    public virtual void WaitingForOutputFolder(string holder)
    {
    }

    /// <summary>A step of moving the new site into the output folder is done (for example "placed zh/index.html").</summary>
    public virtual void CommitStep(string step)
    {
    }
}
