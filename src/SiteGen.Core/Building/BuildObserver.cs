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

    /// <summary>The plan is made: this many pages are to be rendered, and this many are reused as they are.</summary>
    public virtual void Rendering(int pages, int reused)
    {
    }

    /// <summary>A page is rendered (called from any thread).</summary>
    public virtual void PageRendered(string page)
    {
    }

    /// <summary>A step of moving the new site into the output folder is done (for example "placed zh/index.html").</summary>
    public virtual void CommitStep(string step)
    {
    }
}
