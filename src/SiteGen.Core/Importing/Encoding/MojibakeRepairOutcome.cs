namespace SiteGen.Importing.Encoding;

/// <summary>How a repair ended.</summary>
public enum MojibakeRepairOutcome
{
    /// <summary>Nothing looked mangled; the text is returned as it was.</summary>
    Clean,

    /// <summary>Mangled lines were repaired and the repair, mangled again, gives back the input.</summary>
    Repaired,

    /// <summary>
    /// The repair, mangled again, did not give back the input, so it cannot be what was mangled; the text is
    /// returned as it was. This means a bug in the repairer, or damage of a kind it does not know.
    /// </summary>
    ProofFailed,
}
