using System.CommandLine;
using SiteGen.Building;
using SiteGen.Diagrams;
using SiteGen.Loading;
using SiteGen.Validation;

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

    public static Option<DirectoryInfo?> Templates() => new("--templates")
    {
        Description = "The site's own templates: only the files it changes in the built-in theme (templates, UI strings, assets such as assets/extra.css). Default: templates/ beside the content folder",
        HelpName = "DIR",
    };

    /// <summary>The templates folder a command reads: <c>--templates</c>, else <c>templates/</c> beside the content folder (it need not exist).</summary>
    public static string TemplatesOf(ParseResult parse, Option<DirectoryInfo?> templates, Option<DirectoryInfo> content) =>
        parse.GetValue(templates)?.FullName
        ?? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(parse.GetValue(content)!.FullName))!, "templates");

    public static Option<DirectoryInfo> Out() => new("--out")
    {
        Description = "The folder to write the site to; replaced as a whole, only when the build succeeds",
        DefaultValueFactory = _ => new DirectoryInfo("site"),
        HelpName = "DIR",
    };

    /// <summary>
    /// Adds a check of the option's value. Text that is not a value of the type at all is left to the parser,
    /// which reports it ("Cannot parse argument 'abc' for option '--port'"): asking for the value of such
    /// text throws, and used to end in an unhandled exception.
    /// </summary>
    public static void Check<T>(Option<T> option, Func<T, bool> valid, string message) =>
        option.Validators.Add(result =>
        {
            T value;
            try
            {
                value = result.GetValueOrDefault<T>()!;
            }
            catch (InvalidOperationException)
            {
                return;
            }

            if (!valid(value))
            {
                result.AddError(message);
            }
        });

    /// <summary><c>--require-translation LANG[=PERCENT]</c>, repeatable; see <see cref="TranslationRequirements"/>.</summary>
    public static Option<string[]> RequireTranslation()
    {
        var option = new Option<string[]>("--require-translation")
        {
            Description = "Fail when less than PERCENT (default 100) of the prose fields are in LANG, and make its missing translations errors; overrides require_translation in site.yaml. Repeatable",
            HelpName = "LANG[=PERCENT]",
            DefaultValueFactory = _ => [],
        };
        option.Validators.Add(result =>
        {
            if (TranslationRequirements.Parse(result.Tokens.Select(t => t.Value), out var error) is null)
            {
                result.AddError(error!);
            }
        });
        return option;
    }

    /// <summary>The requirements an option made by <see cref="RequireTranslation"/> holds (already validated).</summary>
    public static TranslationRequirements Read(ParseResult parse, Option<string[]> option) =>
        TranslationRequirements.Parse(parse.GetValue(option) ?? [], out _)!;

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Check, compile and render everything, ignoring what earlier runs kept (SITEGEN_CACHE_DIR, default ~/.cache/sitegen, and .sitegen/ beside the output)",
    };
}

/// <summary>What a build reads and where it writes (--content, --templates, --out, --no-cache): the options of every command that builds.</summary>
internal sealed class BuildLocationOptions
{
    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();
    private readonly Option<DirectoryInfo?> _templates = CommonOptions.Templates();
    private readonly Option<DirectoryInfo> _out = CommonOptions.Out();
    private readonly Option<bool> _noCache = CommonOptions.NoCache();

    private readonly Option<string> _diagrams = new Option<string>("--diagrams")
    {
        Description = "Where diagrams are drawn: auto (at build time when a Chromium is found, else in the reader's browser) or in-browser. Default: $SITEGEN_DIAGRAMS, else auto",
        HelpName = "auto|in-browser",
    }.AcceptOnlyFromAmong([.. DiagramModes.Names.Keys]);

    public void AddTo(Command command)
    {
        command.Options.Add(_diagrams);
        command.Options.Add(_content);
        command.Options.Add(_templates);
        command.Options.Add(_out);
        command.Options.Add(_noCache);
    }

    /// <summary>The build the command line asks for, with paths shown relative to <paramref name="display"/>.</summary>
    public BuildOptions Read(ParseResult parse, PathDisplay display) => new(
        parse.GetValue(_content)!.FullName,
        CommonOptions.TemplatesOf(parse, _templates, _content),
        parse.GetValue(_out)!.FullName,
        BuildOptions.DefaultVendorDirectory,
        display,
        parse.GetValue(_noCache) ? null : BuildOptions.DefaultCacheDirectory)
    {
        Diagrams = parse.GetValue(_diagrams) is { } mode ? DiagramModes.Names[mode] : DiagramModes.FromEnvironment(),
    };
}
