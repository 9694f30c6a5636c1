namespace SiteGen.Comparing;

/// <summary>What kind of output a file of the site is.</summary>
public enum OutputRole
{
    /// <summary>An experiment's page: <c>zh/02-controllers/2.1-statefulset/index.html</c>.</summary>
    ExperimentPage,
    /// <summary>An experiment's Markdown report.</summary>
    Report,
    /// <summary>An experiment in every language side by side: <c>zh/02-controllers/2.1-statefulset/parallel.html</c>.</summary>
    ParallelPage,
    /// <summary>A language's index page: <c>zh/index.html</c>.</summary>
    LanguageIndex,
    /// <summary>The language chooser at the root.</summary>
    Root,
    /// <summary>Styles, scripts, icons and anything else.</summary>
    Asset,
}

/// <summary>Where an output belongs, read from its path: its language, chapter and experiment folders.</summary>
public sealed record OutputIdentity(string Path, OutputRole Role, string? Language, string? Chapter, string? Experiment)
{
    /// <summary>The experiment's id, from its folder (<c>2.1-statefulset</c> is 2.1).</summary>
    public string? ExperimentId => Experiment is { } folder && folder.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash ? folder[..dash] : Experiment;

    public static OutputIdentity Of(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            ["index.html"] => new(path, OutputRole.Root, null, null, null),
            ["assets", ..] => new(path, OutputRole.Asset, null, null, null),
            [var language, "index.html"] => new(path, OutputRole.LanguageIndex, language, null, null),
            [var language, var chapter, var experiment, "index.html"] => new(path, OutputRole.ExperimentPage, language, chapter, experiment),
            [var language, var chapter, var experiment, "report.md"] => new(path, OutputRole.Report, language, chapter, experiment),
            [var language, var chapter, var experiment, "parallel.html"] => new(path, OutputRole.ParallelPage, language, chapter, experiment),
            _ => new(path, OutputRole.Asset, null, null, null),
        };
    }
}
