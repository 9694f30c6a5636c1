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
}
