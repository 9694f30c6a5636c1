namespace SiteGen.Cli;

/// <summary>What <c>sitegen</c> exits with.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content or templates have errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug in SiteGen itself.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
