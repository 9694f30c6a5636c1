using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Importing.Notes;

/// <summary>
/// Reads a Markdown lab note shaped like the report SiteGen writes (and like the hand-written record it grew
/// from) into the parts of a record, every text in the note's language. What fits no field is kept as an
/// extra section where it stood, with a warning at its line; nothing is dropped.
/// </summary>
internal sealed partial class NoteParser
{
    private readonly NoteVocabulary _words;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly NoteDraft _draft = new();
    private readonly string[] _lines;

    private NoteParser(NoteVocabulary words, string file, string text)
    {
        _words = words;
        _file = file;
        _lines = text.Split('\n');
    }

    /// <summary>The note's parts, or null with an error when the text is not a lab record at all.</summary>
    public static (NoteDraft? Draft, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string displayPath, NoteVocabulary words)
    {
        var parser = new NoteParser(words, displayPath, text);
        var items = NoteReader.Read(text);
        var sections = Split(items);
        if (!sections.Any(s => s.Heading is { } h && words.Section(h.Text) is not null) && !items.OfType<LabelItem>().Any(l => l.Labels.Any(x => words.Is(x.Label, "meta_date"))))
        {
            return (null, [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.NotALabRecord, SourceSpan.WholeFile(displayPath),
                $"This is not a lab record: it has no \"{words.Label("meta_date")}\" line and none of the record's sections (\"## {words.Label("section_info")}\", \"## {words.Label("section_steps")}\", ...). " +
                $"Import notes shaped like the report SiteGen writes, in the language given with --language ({words.Language}).")]);
        }

        parser.Read(sections);
        return (parser._draft, parser._diagnostics);
    }

    private sealed record NoteSection(HeadingItem? Heading, List<NoteItem> Items);

    /// <summary>The preamble (before the first <c>##</c>), then one part per <c>##</c> heading.</summary>
    private static List<NoteSection> Split(IReadOnlyList<NoteItem> items)
    {
        var sections = new List<NoteSection> { new(null, []) };
        foreach (var item in items)
        {
            if (item is HeadingItem { Level: 2 } heading)
            {
                sections.Add(new NoteSection(heading, []));
            }
            else
            {
                sections[^1].Items.Add(item);
            }
        }

        return sections;
    }

    private void Read(List<NoteSection> sections)
    {
        var last = SectionName.Start;
        var seen = new HashSet<SectionName>(); // a section that holds one of its kind is read once; a second is kept as written
        foreach (var section in sections)
        {
            if (section.Heading is null)
            {
                Keep(Preamble(section.Items), SectionName.Start, null, null);
                continue;
            }

            var heading = section.Heading;
            if (_words.Section(heading.Text) is { } name && !(seen.Contains(name) && name is SectionName.Learnings or SectionName.Exploration or SectionName.NextSteps or SectionName.Cleanup or SectionName.Summary))
            {
                seen.Add(name);
                var left = name switch
                {
                    SectionName.Info => Info(section.Items),
                    SectionName.Diagrams => DiagramsSection(section.Items),
                    SectionName.Steps => Steps(section.Items),
                    SectionName.Results => Results(section.Items),
                    SectionName.Problems => Problems(section.Items),
                    SectionName.Learnings => Learnings(section.Items),
                    SectionName.Exploration => Exploration(section.Items),
                    SectionName.NextSteps => NextSteps(section.Items),
                    SectionName.References => References(section.Items),
                    SectionName.Cleanup => Cleanup(section.Items),
                    _ => Summary(section.Items),
                };
                last = name;
                Keep(left, name, heading.Text, heading.Icon);
            }
            else if (section.Items.OfType<CodeItem>().Any(IsMermaid) && last <= SectionName.Diagrams)
            {
                Keep(Diagram(heading, section.Items), SectionName.Diagrams, heading.Text, heading.Icon);
                last = SectionName.Diagrams;
            }
            else
            {
                _draft.Extras.Add(new ExtraSection { Title = Text(heading.Text), Icon = heading.Icon, Body = Text(Source(section.Items)), After = last });
                Warn(heading.Line, $"\"{heading.Text}\" is none of a lab record's sections; it is kept as an extra section (extra_sections) after the {Loading.Yaml.YamlNaming.EnumValue(last.ToString())} section.");
            }
        }
    }

    /// <summary>Items that fit no field of their section, kept as an extra section right after it.</summary>
    private void Keep(List<NoteItem> left, SectionName after, string? title, string? icon)
    {
        left.RemoveAll(i => i is RuleItem);
        if (left.Count == 0)
        {
            return;
        }

        var name = title ?? _draft.Title ?? "";
        _draft.Extras.Add(new ExtraSection { Title = Text(name), Icon = icon, Body = Text(Source(left)), After = after });
        Warn(left[0].Line, $"This part of \"{name}\" fits none of the section's fields; it is kept as an extra section (extra_sections) after it: {Preview(left[0].Source)}");
    }

    private List<NoteItem> Preamble(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        var description = new List<string>();
        foreach (var item in items)
        {
            switch (item)
            {
                case HeadingItem { Level: 1 } title when _draft.Title is null:
                    _draft.Title = _words.ReportTitle(title.Icon is null ? title.Text : title.Icon + " " + title.Text);
                    _draft.TitleLine = title.Line;
                    break;
                case LabelItem labels:
                    left.AddRange(Untaken(labels, Meta));
                    break;
                case ParagraphItem paragraph when left.Count == 0:
                    description.Add(paragraph.Source);
                    break;
                case RuleItem:
                    break;
                default:
                    left.Add(item);
                    break;
            }
        }

        if (description.Count > 0)
        {
            _draft.Description = string.Join("\n\n", description);
        }

        return left;
    }

    /// <summary>The lines of a label paragraph that <paramref name="take"/> did not take, as a paragraph to keep; none when it took them all.</summary>
    private static IEnumerable<NoteItem> Untaken(LabelItem labels, Func<LabelLine, bool> take)
    {
        var untaken = new List<LabelLine>();
        foreach (var label in labels.Labels)
        {
            if (!take(label))
            {
                untaken.Add(label);
            }
        }

        return untaken.Count == 0 ? [] : [new ParagraphItem(untaken[0].Line, string.Join("  \n", untaken.Select(l => $"**{l.Label}**: {l.Value}")))];
    }

    /// <summary>Takes a metadata line into its field; false (so the line is kept elsewhere) when it is none, or its field is already set.</summary>
    private bool Meta(LabelLine label)
    {
        if (_words.Is(label.Label, "meta_date") && _draft.Date is null && DateOnly.TryParseExact(label.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _draft.Date = date;
        }
        else if (_words.Is(label.Label, "meta_duration") && _draft.Duration is null && Duration(label.Value) is { } duration)
        {
            _draft.Duration = duration;
        }
        else if (_words.Is(label.Label, "meta_id") && _draft.Id is null && Regex.IsMatch(label.Value, ModelPatterns.Id))
        {
            _draft.Id = label.Value;
            _draft.IdLine = label.Line;
        }
        else if (_words.Is(label.Label, "author") && _draft.Author is null)
        {
            _draft.Author = label.Value;
        }
        else if (_words.Is(label.Label, "completed_at") && _draft.CompletedAt is null && DateTime.TryParseExact(label.Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var completed))
        {
            _draft.CompletedAt = completed;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>"1.5 小时", "45 分钟", or SiteGen's own <c>1h30m</c>.</summary>
    private ExperimentDuration? Duration(string text)
    {
        if (ExperimentDuration.TryParse(text, out var own))
        {
            return own;
        }

        // "2 小时 30 分钟": every part in hours or minutes, and nothing else.
        var total = 0.0;
        var rest = text.Trim();
        foreach (var (key, scale) in new[] { ("duration_hours", 60.0), ("duration_minutes", 1.0) })
        {
            if (_words.Amount(key, rest) is { } part)
            {
                total += part.Value * scale;
                rest = part.After;
            }
        }

        return rest.Length == 0 && total is >= 1 and <= 100 * 24 * 60 ? new ExperimentDuration((int)Math.Round(total)) : null;
    }

    private static bool IsMermaid(CodeItem code) => string.Equals(code.Language.Trim(), "mermaid", StringComparison.OrdinalIgnoreCase);

    private Localized Text(string text) => Localized.Of(new Dictionary<string, string> { [_words.Language] = text });

    private static string Source(IEnumerable<NoteItem> items) => string.Join("\n\n", items.Where(i => i is not RuleItem).Select(i => i.Source));

    private static string Preview(string source)
    {
        var line = source.Split('\n')[0].Trim();
        return line.Length > 60 ? line[..60] + "…" : line;
    }

    private void Warn(int line, string message) =>
        _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportKept, new SourceSpan(_file, line, 1), message,
            line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : null));
}
