namespace SiteGen.Publishing;

/// <summary>How a record uses a file it names.</summary>
public enum FileUse
{
    /// <summary>An image in prose: <c>![alt](images/shot.png)</c>.</summary>
    Image,

    /// <summary>An entry of a step's or the results' <c>screenshots</c>.</summary>
    Screenshot,

    /// <summary>An entry of <c>resources</c>: a manifest or script shown and offered for download.</summary>
    Resource,
}
