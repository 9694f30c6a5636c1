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

    /// <summary>The site will have this many pages (each with its formats), rendered or reused.</summary>
    public virtual void PagesPlanned(int pages)
    {
    }

    /// <summary>A page is done, rendered or reused as it was (called from any thread).</summary>
    public virtual void PageFinished(string page, bool rendered)
    {
    }

    /// <summary>A step of moving the new site into the output folder is done (for example "placed zh/index.html").</summary>
    public virtual void CommitStep(string step)
    {
    }
}
