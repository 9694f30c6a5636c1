using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Content() => new("--content")
    {
        Description = "The folder with site.yaml and experiments/",
        DefaultValueFactory = _ => new DirectoryInfo("content"),
        HelpName = "DIR",
    };

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Check, compile and render everything, ignoring what earlier runs kept (SITEGEN_CACHE_DIR, default ~/.cache/sitegen, and .sitegen/ beside the output)",
    };
}
