namespace SiteGen.Diagnostics;

/// <summary>A position in a source file. <see cref="Line"/> and <see cref="Column"/> are 1-based.</summary>
/// <param name="File">The path as shown to the user (relative, forward slashes).</param>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span that points at a whole file rather than a place in it.</summary>
    public static SourceSpan WholeFile(string file) => new(file, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}({Line},{Column})" : File;
}
