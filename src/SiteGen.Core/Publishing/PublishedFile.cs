namespace SiteGen.Publishing;

/// <summary>What kind of file a published file is, which decides how it is published and shown.</summary>
public enum FileKind
{
    /// <summary>PNG, JPEG, GIF or WebP: copied, and large ones get smaller copies for <c>srcset</c>.</summary>
    Raster,

    /// <summary>An SVG image: published sanitized (no scripts, handlers, foreign objects or outside references).</summary>
    Svg,

    /// <summary>Any other file (a resource): copied as it is.</summary>
    Other,
}

/// <summary>A smaller copy of a large photo, for <c>srcset</c>.</summary>
public sealed record ImageVariant(string SitePath, int Width, int Height);

/// <summary>
/// A file of the content folder as the site publishes it: once, at <see cref="SitePath"/>
/// (<c>files/experiments/02-controllers/images/shot.png</c>), whichever records and languages show it.
/// </summary>
/// <param name="Source">The file, absolute.</param>
/// <param name="Hash">A hash of its bytes: an input of every page that shows it, and of its publishing.</param>
/// <param name="Width">For an image, its width in pixels (an SVG's from its width or viewBox); 0 for other files.</param>
public sealed record PublishedFile(string Source, string SitePath, string Hash, FileKind Kind, long Length, int Width, int Height, IReadOnlyList<ImageVariant> Variants);

/// <summary>A file a record names, found and published: <see cref="File"/> is what <see cref="Reference"/> names.</summary>
/// <param name="Eager">The record's first image: loaded at once, the others lazily.</param>
public sealed record RecordFileUse(FileReference Reference, PublishedFile File, bool Eager);
