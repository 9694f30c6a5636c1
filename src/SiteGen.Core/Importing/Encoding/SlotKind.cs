namespace SiteGen.Importing.Encoding;

/// <summary>What one stretch of possibly mangled text turned out to be when read back as UTF-8 bytes.</summary>
internal enum SlotKind
{
    /// <summary>An ASCII character: the same before and after mangling.</summary>
    Ascii,

    /// <summary>A character the code page cannot have produced, so it is real text (or another problem).</summary>
    Foreign,

    /// <summary>Characters that are one whole UTF-8 sequence: a mangled character with nothing lost.</summary>
    Decoded,

    /// <summary>A UTF-8 sequence with continuation bytes missing: a damaged place with candidates.</summary>
    Gap,

    /// <summary>A byte that cannot start or continue a sequence there: not mangling as we know it.</summary>
    Broken,
}
