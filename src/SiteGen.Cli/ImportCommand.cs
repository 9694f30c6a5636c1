using System.CommandLine;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Theming;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen import NOTE.md...</c>: turns Markdown lab notes into records, one per file, in the chapter
/// folders <c>sitegen new</c> uses. Exits 1 when any note could not be imported (the others still are), 2 on
/// a command line that cannot work.
/// </summary>
internal sealed class ImportCommand : Command
{
    private readonly Argument<FileInfo[]> _files = new("notes")
    {
        Description = "The Markdown notes to import, one record each",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<int?> _chapter = new("--chapter")
    {
        Description = "The chapter the records go in; by default the chapter of the experiment number each note gives",
        HelpName = "N",
    };

    private readonly Option<string?> _language = new("--language")
    {
        Description = "The language the notes are written in: their text goes under it (default: the site's first language)",
        HelpName = "LANG",
    };

    private readonly Option<DirectoryInfo?> _out = new("--out")
    {
        Description = "Write the records here (in chapter folders) instead of into the content folder's experiments/",
        HelpName = "DIR",
    };

    private readonly Option<bool> _repair = new("--repair-encoding")
    {
        Description = "Repair text that was UTF-8 read as a Windows code page and saved again (å®éªŒ for 实验), listing every uncertain place",
    };

    private readonly Option<DirectoryInfo> _content = CommonOptions.Content();
    private readonly Option<DirectoryInfo?> _templates = CommonOptions.Templates();

    public ImportCommand()
        : base("import", "Import Markdown lab notes as records, one per file; nothing is overwritten, and nothing in a note is dropped")
    {
        Arguments.Add(_files);
        Options.Add(_chapter);
        Options.Add(_language);
        Options.Add(_out);
        Options.Add(_repair);
        Options.Add(_content);
        Options.Add(_templates);
        CommonOptions.Check(_chapter, c => c is null or > 0, "--chapter must be a chapter number from site.yaml, such as 2.");
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var display = PathDisplay.CurrentDirectory;
        var request = new ImportRequest(
            [.. parse.GetValue(_files)!.Select(f => f.FullName)], parse.GetValue(_chapter), parse.GetValue(_language),
            parse.GetValue(_out)?.FullName, parse.GetValue(_repair));
        // Import reads only the UI strings (the section names it recognises): the site's own over the built-in theme's.
        var theme = Theme.Compose(CommonOptions.TemplatesOf(parse, _templates, _content), Theme.BuiltInDirectory, BuildOptions.DefaultCacheDirectory);
        var (notes, refused) = NoteImporter.Import(parse.GetValue(_content)!.FullName, theme.Directory, request, display.WithOrigins(theme.Origins));
        foreach (var problem in refused.Concat(notes.SelectMany(n => n.Diagnostics)))
        {
            output.Write(DiagnosticFormatter.Format(problem) + "\n");
        }

        if (refused.Count > 0)
        {
            output.Write("Nothing was imported.\n");
            return ExitCodes.ContentErrors;
        }

        foreach (var note in notes)
        {
            output.Write(note.Succeeded
                ? $"Imported {note.Source} as experiment {note.Id}: {note.RecordDisplayPath}\n"
                : $"Did not import {note.Source}: see the errors above.\n");
        }

        var imported = notes.Count(n => n.Succeeded);
        output.Write($"{imported} of {notes.Count} notes imported. Run 'sitegen check' to see the records as the site reads them.\n");
        return imported == notes.Count ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
