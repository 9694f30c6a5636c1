namespace SiteGen.Importing.Encoding;

/// <summary>
/// Checks a repair without trusting how it was made: line by line, a line is either unchanged or, mangled
/// again, exactly its input line. So the repair can only have put back bytes the code page drops.
/// </summary>
internal static class MojibakeProof
{
    /// <returns>Null when the proof holds, else the first 1-based line where it does not.</returns>
    public static int? FirstFailingLine(string input, string repaired, SingleByteCodePage codePage)
    {
        var before = input.Split('\n');
        var after = repaired.Split('\n');
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            if (i >= before.Length || i >= after.Length)
            {
                return i + 1;
            }

            if (before[i] != after[i] && MojibakeMangler.Mangle(after[i], codePage) != before[i])
            {
                return i + 1;
            }
        }

        return null;
    }
}
