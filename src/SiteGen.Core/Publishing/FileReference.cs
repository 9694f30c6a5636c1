using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// A file a record names, as written (relative to the record's file), and where it is written. Taken when
/// the record is checked, so it is kept with the check; what the file holds is looked at on every build
/// (<see cref="FileInspector"/>), since the file can change while the record does not.
/// </summary>
/// <param name="HasAlt">For an image, whether it has alt text (always true for a resource).</param>
public sealed record FileReference(FileUse Use, string Written, Located At, bool HasAlt)
{
    public bool IsImage => Use is FileUse.Image or FileUse.Screenshot;
}
