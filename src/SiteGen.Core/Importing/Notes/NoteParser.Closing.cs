using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Importing.Notes;

// Exploration, next steps, references, cleanup and the summary.
internal sealed partial class NoteParser
{
    private List<NoteItem> Exploration(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        var variants = new List<Variant>();
        var reading = new List<ReadingNote>();
        string? part = null;
        Variant? variant = null;
        NoteItem? variantItem = null; // the title line of a variant whose list has not come yet
        foreach (var item in items)
        {
            if (item is HeadingItem { Level: 3 } heading)
            {
                part = _words.Is(heading.Text, "variants") ? "variants" : _words.Is(heading.Text, "reading") ? "reading" : null;
                if (part is null)
                {
                    left.Add(item);
                }
            }
            else if (part == "variants" && item is LabelItem { Labels: [var title] } && _words.Numbered("variant_label", title.Label) is not null)
            {
                if (variantItem is not null)
                {
                    left.Add(variantItem);
                }

                variant = new Variant { Title = Text(title.Value), Change = Text(""), Observation = Text("") };
                variantItem = item;
            }
            else if (part == "variants" && variant is not null && item is ListItem list && Facts(list.Entries, "change", "variant_observation", "conclusion") is { } facts
                && facts.ContainsKey("change") && facts.ContainsKey("variant_observation"))
            {
                variants.Add(variant with
                {
                    Change = Text(facts["change"]),
                    Observation = Text(facts["variant_observation"]),
                    Conclusion = facts.TryGetValue("conclusion", out var conclusion) ? Text(conclusion) : null,
                });
                variant = null;
                variantItem = null;
            }
            else if (part == "reading" && item is ListItem notes && ReadingNotes(notes.Entries) is { } read)
            {
                reading.AddRange(read);
            }
            else if (item is not RuleItem)
            {
                left.Add(item);
            }
        }

        if (variantItem is not null)
        {
            left.Add(variantItem);
        }

        _draft.Exploration = new Exploration { Variants = variants, Reading = reading };
        return left;
    }

    /// <summary>
    /// Reading notes, each starting at its location line. Markdown joins the notes' lists, which the report
    /// separates with a blank line, into one; null when an item is not a location, logic or insight.
    /// </summary>
    private List<ReadingNote>? ReadingNotes(IReadOnlyList<NoteListEntry> entries)
    {
        var groups = new List<List<NoteListEntry>>();
        foreach (var entry in entries)
        {
            if (groups.Count == 0 || Facts([entry], "location") is not null)
            {
                groups.Add([]);
            }

            groups[^1].Add(entry);
        }

        var notes = new List<ReadingNote>();
        foreach (var group in groups)
        {
            if (Facts(group, "location", "logic", "insight") is not { } note || !note.TryGetValue("location", out var location))
            {
                return null;
            }

            notes.Add(new ReadingNote
            {
                Location = Unescaped(location),
                Logic = note.TryGetValue("logic", out var logic) ? Text(logic) : null,
                Insight = note.TryGetValue("insight", out var insight) ? Text(insight) : null,
            });
        }

        return notes;
    }

    private List<NoteItem> NextSteps(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        var experiments = new List<FollowUp>();
        var knowledge = new List<Checkable>();
        var applications = new List<Localized>();
        string? part = null;
        foreach (var item in items)
        {
            if (item is HeadingItem { Level: 3 } heading)
            {
                part = _words.Is(heading.Text, "next_experiments") ? "experiments" : _words.Is(heading.Text, "knowledge") ? "knowledge" : _words.Is(heading.Text, "applications") ? "applications" : null;
                if (part is null)
                {
                    left.Add(item);
                }
            }
            else if (part == "experiments" && item is ListItem followUps
                && followUps.Entries.All(e => _words.Numbered("experiment_label", Task(e.Text).Text) is { Number: var id } && Regex.IsMatch(id, ModelPatterns.Id)))
            {
                experiments.AddRange(followUps.Entries.Select(e =>
                {
                    var (done, text) = Task(e.Text);
                    var (id, title) = _words.Numbered("experiment_label", text)!.Value;
                    return new FollowUp { Experiment = id, Title = title.Length > 0 ? Text(title) : null, Done = done ?? false };
                }));
            }
            else if (part == "knowledge" && item is ListItem known)
            {
                knowledge.AddRange(known.Entries.Select(e => Task(e.Text)).Select(t => new Checkable { Text = Text(t.Text), Done = t.Done ?? false }));
            }
            else if (part == "applications" && item is ListItem uses)
            {
                applications.AddRange(uses.Entries.Select(e => Text(_words.Numbered("application_label", e.Text)?.After ?? e.Text)));
            }
            else if (item is not RuleItem)
            {
                left.Add(item);
            }
        }

        _draft.NextSteps = new NextSteps { Experiments = experiments, Knowledge = knowledge, Applications = applications };
        return left;
    }

    private List<NoteItem> References(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        foreach (var item in items)
        {
            var links = item is ListItem list ? list.Entries.Select(e => Link().Match(e.Text)).ToList() : null;
            if (links is not null && links.All(l => l.Success))
            {
                _draft.References.AddRange(links.Select(l => new Reference { Title = Text(l.Groups["title"].Value), Url = l.Groups["url"].Value }));
            }
            else if (item is not RuleItem)
            {
                left.Add(item);
            }
        }

        return left;
    }

    private List<NoteItem> Cleanup(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        var commands = new List<Command>();
        var note = new List<NoteItem>();
        CleanupStatus? status = null;
        string? statusText = null;
        foreach (var item in items)
        {
            if (item is CodeItem code && !IsMermaid(code))
            {
                commands.AddRange(CommandTranscript.Read(code.Text, code.Language, _words.Language));
            }
            else if (item is LabelItem { Labels: [var line] } && _words.Is(line.Label, "cleanup_status") && line.Value.Length > 0 && status is null)
            {
                var known = _words.Choice<CleanupStatus>("cleanup_status_", line.Value);
                status = known ?? Status("cleanup_status_", line, CleanupStatus.Pending);
                statusText = known is null ? line.Value : null;
            }
            else if (status is not null && item is ParagraphItem or ListItem)
            {
                note.Add(item);
            }
            else if (item is not RuleItem)
            {
                left.Add(item);
            }
        }

        _draft.Cleanup = new Cleanup
        {
            Commands = commands,
            Status = status ?? CleanupStatus.Pending,
            StatusText = statusText is null ? null : Text(statusText),
            Note = note.Count > 0 ? Text(Source(note)) : null,
        };
        if (status is null)
        {
            Warn(items.FirstOrDefault()?.Line ?? 1, $"The cleanup says no \"**{_words.Label("cleanup_status")}**:\"; it is imported as pending (\"{_words.Label("cleanup_status_pending")}\").");
        }

        return left;
    }

    private List<NoteItem> Summary(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        string? part = null;
        var text = new List<NoteItem>();
        foreach (var item in items)
        {
            if (item is HeadingItem { Level: 3 } heading)
            {
                Finish();
                part = _words.Is(heading.Text, "one_line") ? "one_line" : _words.Is(heading.Text, "detailed") ? "detailed" : _words.Is(heading.Text, "self_assessment") ? "self_assessment" : null;
                if (part is null)
                {
                    left.Add(item);
                }
            }
            else if (item is LabelItem labels)
            {
                // The ratings, and the footer's "completed at" and "recorded by"; any other label line is kept.
                left.AddRange(Untaken(labels, l => Meta(l) || Rating(l)));
            }
            else if (part is "one_line" or "detailed" && item is not RuleItem)
            {
                text.Add(item);
            }
            else if (item is not RuleItem)
            {
                left.Add(item);
            }
        }

        Finish();
        return left;

        void Finish()
        {
            if (text.Count > 0 && part == "one_line" && _draft.OneLine is null)
            {
                _draft.OneLine = Source(text);
            }
            else if (text.Count > 0 && part == "detailed" && _draft.Detailed is null)
            {
                _draft.Detailed = Source(text);
            }
            else
            {
                left.AddRange(text);
            }

            text = [];
        }
    }

    /// <summary><c>**知识掌握程度**: ⭐⭐⭐⭐ (5星制)</c>: the stars counted.</summary>
    private bool Rating(LabelLine line)
    {
        var stars = line.Value.Count(c => c is '★') + CountOf(line.Value, "⭐");
        var rest = line.Value.Replace("⭐", "", StringComparison.Ordinal).Replace("★", "", StringComparison.Ordinal).Trim();
        if (stars is < 1 or > 5 || (rest.Length > 0 && !_words.Matches("rating_scale", rest)))
        {
            return false;
        }

        var assessment = _draft.SelfAssessment ?? new SelfAssessment();
        if (_words.Is(line.Label, "rating_knowledge") && assessment.Knowledge is null)
        {
            _draft.SelfAssessment = assessment with { Knowledge = stars };
        }
        else if (_words.Is(line.Label, "rating_practice") && assessment.Practice is null)
        {
            _draft.SelfAssessment = assessment with { Practice = stars };
        }
        else if (_words.Is(line.Label, "rating_recommendation") && assessment.Recommendation is null)
        {
            _draft.SelfAssessment = assessment with { Recommendation = stars };
        }
        else
        {
            return false;
        }

        return true;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Text as the report escapes it (<c>\*</c>, <c>\[</c>) read back.</summary>
    private static string Unescaped(string text) => Regex.Replace(text, @"\\([\\`*\[\]<_])", "$1");

    [GeneratedRegex(@"^\[(?<title>.+)\]\((?<url>[^)\s]+)\)$")]
    private static partial Regex Link();
}
