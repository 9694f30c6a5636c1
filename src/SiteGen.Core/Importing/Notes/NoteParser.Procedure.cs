using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Importing.Notes;

// Experiment information, diagrams and steps.
internal sealed partial class NoteParser
{
    private List<NoteItem> Info(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var label = SingleLabel(items[i]);
            var next = i + 1 < items.Count ? items[i + 1] : null;
            if (label is not null && _words.Is(label, "objectives") && next is ListItem objectives)
            {
                _draft.Objectives.AddRange(objectives.Entries.Select(Objective));
                i++;
            }
            else if (label is not null && _words.Is(label, "resources") && next is ListItem resources)
            {
                _draft.Resources.AddRange(resources.Entries.Select(e => Unquoted(Unlinked(e.Text))));
                i++;
            }
            else if (label is not null && _words.Is(label, "environment") && next is CodeItem environment)
            {
                _draft.Environment.AddRange(CommandTranscript.Read(environment.Text, environment.Language, _words.Language));
                i++;
            }
            else
            {
                left.Add(items[i]);
            }
        }

        return left;
    }

    private Objective Objective(NoteListEntry entry)
    {
        var (done, rest) = Task(entry.Text);
        var text = _words.Numbered("objective_label", rest) is { } numbered ? numbered.After : rest;
        return new Objective { Text = Text(text), Done = done ?? false };
    }

    /// <summary>A section of diagrams, each under its own heading.</summary>
    private List<NoteItem> DiagramsSection(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        HeadingItem? heading = null;
        var part = new List<NoteItem>();
        foreach (var item in items.Cast<NoteItem?>().Append(null))
        {
            if (item is HeadingItem or null)
            {
                if (heading is not null && part.OfType<CodeItem>().Any(IsMermaid))
                {
                    left.AddRange(Diagram(heading, part));
                }
                else
                {
                    left.AddRange(heading is null ? part : [heading, .. part]);
                }

                heading = item as HeadingItem;
                part = [];
            }
            else
            {
                part.Add(item);
            }
        }

        return left;
    }

    /// <summary>A diagram: its heading's icon and text, the text before the fence as its description, the fence as its source.</summary>
    private List<NoteItem> Diagram(HeadingItem heading, List<NoteItem> items)
    {
        var fence = items.OfType<CodeItem>().First(IsMermaid);
        var before = items.TakeWhile(i => i != fence).Where(i => i is ParagraphItem).ToList();
        _draft.Diagrams.Add(new Diagram
        {
            Title = Text(heading.Text),
            Icon = heading.Icon,
            Mermaid = Text(TrimLines(fence.Text)),
            Description = before.Count > 0 ? Text(Source(before)) : null,
        });
        return [.. items.Where(i => i != fence && !before.Contains(i))];
    }

    private List<NoteItem> Steps(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        Step? step = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var next = i + 1 < items.Count ? items[i + 1] : null;
            var label = SingleLabel(item);
            if (item is HeadingItem { Level: 3 } heading)
            {
                Finish();
                var title = _words.Numbered("step_label", heading.Text) is { } numbered ? numbered.After : heading.Text;
                step = new Step { Title = Text(title) };
            }
            else if (step is null || item is RuleItem)
            {
                left.Add(item);
            }
            else if (item is LabelItem { Labels: [var took] } && _words.Is(took.Label, "step_duration") && Duration(took.Value) is { } duration)
            {
                step = step with { Duration = duration };
            }
            else if (label is not null && _words.Is(label, "commands") && next is CodeItem commands)
            {
                step = step with { Commands = [.. step.Commands, .. CommandTranscript.Read(commands.Text, commands.Language, _words.Language)] };
                i++;
            }
            else if (label is not null && _words.Is(label, "expected") && next is ListItem expected)
            {
                step = step with { Expected = [.. step.Expected, .. expected.Entries.Select(e => Text(e.Text))] };
                i++;
            }
            else if (label is not null && _words.Is(label, "observation_points") && next is ListItem points)
            {
                step = step with { ObservationPoints = [.. step.ObservationPoints, .. points.Entries.Select(e => Text(e.Text))] };
                i++;
            }
            else if (label is not null && next is CodeItem code && step.Actual is null && _words.Is(label, "actual"))
            {
                step = step with { Actual = Code(code) };
                i++;
            }
            else if (label is not null && next is CodeItem recordCode && step.Record is null && _words.Is(label, "record"))
            {
                step = step with { Record = Code(recordCode) };
                i++;
            }
            else if (label is not null && next is CodeItem extra && step.ExtraOutput is null && _words.Is(label, "extra_output"))
            {
                step = step with { ExtraOutput = Code(extra) };
                i++;
            }
            else if (label is not null && _words.Is(label, "screenshots") && next is not null && ScreenshotOf(next) is not null)
            {
                var shots = new List<Screenshot>();
                while (i + 1 < items.Count && ScreenshotOf(items[i + 1]) is { } shot)
                {
                    shots.Add(shot);
                    i++;
                }

                step = step with { Screenshots = [.. step.Screenshots, .. shots] };
            }
            else
            {
                // Notes, and anything a step has that no field takes (a "**截图**:" with a picture, a table), go into
                // the step's notes as written, so they stay with their step.
                var notes = new List<NoteItem>();
                var isNotes = label is not null && _words.Is(label, "notes");
                if (!isNotes)
                {
                    notes.Add(item);
                    Warn(item.Line, $"This part of step {_draft.Steps.Count + 1} fits none of a step's fields; it is kept in the step's notes: {Preview(item.Source)}");
                }

                while (i + 1 < items.Count && items[i + 1] is not (HeadingItem or RuleItem) && !IsStepLabel(items[i + 1]))
                {
                    notes.Add(items[++i]);
                }

                var text = Source(notes);
                step = step with { Notes = Text(step.Notes is null ? text : Plain(step.Notes) + "\n\n" + text) };
            }
        }

        Finish();
        return left;

        void Finish()
        {
            if (step is not null)
            {
                _draft.Steps.Add(step);
                step = null;
            }
        }
    }

    private bool IsStepLabel(NoteItem item) =>
        SingleLabel(item) is { } label && new[] { "commands", "expected", "actual", "observation_points", "record", "extra_output", "screenshots", "notes" }.Any(k => _words.Is(label, k));

    private string Plain(Localized text) => text.Resolve(_words.Language, []).Text;

    private CodeBlock Code(CodeItem code) =>
        new() { Language = code.Language.Trim().Length == 0 ? null : code.Language.Trim(), Text = Text(code.Text) };

    /// <summary>The label of a paragraph that is one <c>**Label**:</c> line with nothing after it: what follows is its content.</summary>
    private static string? SingleLabel(NoteItem item) =>
        item is LabelItem { Labels: [{ Value.Length: 0 } only] } ? only.Label : null;

    /// <summary><c>[x] text</c>: whether it is ticked (null when it is no task) and the text.</summary>
    private static (bool? Done, string Text) Task(string text)
    {
        var match = Regex.Match(text, @"^\[(?<mark>[ xX])\]\s*");
        return match.Success ? (match.Groups["mark"].Value != " ", text[match.Length..]) : (null, text);
    }

    /// <summary><c>`path`</c> as <c>path</c>.</summary>
    /// <summary>A report's image paragraph, <c>![alt](path)</c> with an optional <c>*caption*</c> line, as a screenshot; null for anything else.</summary>
    private Screenshot? ScreenshotOf(NoteItem item)
    {
        if (item is not ParagraphItem paragraph
            || Regex.Match(paragraph.Source.Trim(), @"^!\[(?<alt>(?:\\.|[^\]\\])*)\]\((?:<(?<src>[^>\n]*)>|(?<src>[^)\s]*))\)(?:\n\*(?<caption>.+)\*)?$") is not { Success: true } match)
        {
            return null;
        }

        var alt = Regex.Replace(match.Groups["alt"].Value, @"\\(.)", "$1");
        return new Screenshot
        {
            File = match.Groups["src"].Value,
            Alt = alt.Length == 0 ? null : Text(alt),
            Caption = match.Groups["caption"].Success ? Text(match.Groups["caption"].Value) : null,
        };
    }

    /// <summary><c>[`path`](href)</c>, a published resource in a report, as <c>`path`</c>.</summary>
    private static string Unlinked(string text) =>
        Regex.Match(text, @"^\[(?<name>.+)\]\([^)\s]*\)$") is { Success: true } match ? match.Groups["name"].Value : text;

    private static string Unquoted(string text) =>
        Regex.Match(text, "^(`+) ?(?<code>.*?) ?\\1$") is { Success: true } match ? match.Groups["code"].Value : text;

    /// <summary>Lines without trailing spaces: a record keeps none, and YAML could not keep them on a blank line.</summary>
    private static string TrimLines(string text) => string.Join("\n", text.Split('\n').Select(l => l.TrimEnd()));
}
