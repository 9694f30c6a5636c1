namespace SiteGen.Importing.Encoding;

/// <summary>The result of <see cref="MojibakeRepairer.Repair"/>.</summary>
/// <param name="Text">The repaired text; the input unchanged unless <paramref name="Outcome"/> is Repaired.</param>
/// <param name="CodePage">The code page the text was mangled through, for example <c>windows-1254</c>.</param>
/// <param name="MangledCharacterCount">How many characters were mangled, damaged or not.</param>
/// <param name="Places">Every damaged place, in order.</param>
/// <param name="LinesLeftAsTheyWere">
/// Lines (1-based) that look mangled but also hold characters mangling cannot make (real text, or damage
/// of another kind), so that no repair of them could be proved; they are left as they were, for a person.
/// </param>
/// <param name="ProofFailedAtLine">For a failed proof, the first line whose repair does not mangle back to the input.</param>
public sealed record MojibakeRepair(
    MojibakeRepairOutcome Outcome,
    string Text,
    string? CodePage,
    int MangledCharacterCount,
    IReadOnlyList<RepairedPlace> Places,
    IReadOnlyList<int> LinesLeftAsTheyWere,
    int? ProofFailedAtLine = null)
{
    /// <summary>How many damaged places are best guesses rather than clear choices.</summary>
    public int UncertainCount => Places.Count(p => !p.IsCertain);
}
