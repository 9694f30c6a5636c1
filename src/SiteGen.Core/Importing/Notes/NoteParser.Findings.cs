using SiteGen.Model;

namespace SiteGen.Importing.Notes;

// Results, problems and learnings.
internal sealed partial class NoteParser
{
    private List<NoteItem> Results(List<NoteItem> items)
    {
        _draft.HasResults = true;
        var left = new List<NoteItem>();
        string? part = null;
        Observation? observation = null;
        foreach (var item in items)
        {
            if (item is HeadingItem { Level: 3 } heading)
            {
                Finish();
                part = _words.Is(heading.Text, "achieved") ? "achieved" : _words.Is(heading.Text, "observations") ? "observations" : _words.Is(heading.Text, "metrics") ? "metrics" : _words.Is(heading.Text, "screenshots") ? "screenshots" : null;
                if (part is null)
                {
                    left.Add(item);
                }
            }
            else if (part == "achieved" && item is ListItem achieved)
            {
                left.AddRange(Achieved(achieved));
            }
            else if (part == "observations" && item is HeadingItem { Level: 4 } title)
            {
                Finish();
                var name = _words.Numbered("observation_label", title.Text) is { } numbered ? numbered.After : title.Text;
                observation = new Observation { Title = Text(name), Phenomenon = Text("") };
            }
            else if (part == "observations" && observation is { Phenomenon: var seen } && Plain(seen).Length == 0 && item is ListItem facts && Facts(facts.Entries) is { } found)
            {
                observation = observation with
                {
                    Phenomenon = found.TryGetValue("phenomenon", out var phenomenon) ? Text(phenomenon) : observation.Phenomenon,
                    Cause = found.TryGetValue("cause", out var cause) ? Text(cause) : observation.Cause,
                    Lesson = found.TryGetValue("lesson", out var lesson) ? Text(lesson) : observation.Lesson,
                };
            }
            else if (part == "metrics" && item is TableItem table && table.Rows.Count > 0 && table.Rows.All(r => r.Count is 2 or 3) && IsMetricsHeader(table.Source))
            {
                _draft.Metrics.AddRange(table.Rows.Select(r => new Metric
                {
                    Name = Text(r[0]),
                    Value = Text(r[1]),
                    Note = r.Count > 2 && r[2].Length > 0 ? Text(r[2]) : null,
                }));
            }
            else if (part == "screenshots" && ScreenshotOf(item) is { } shot)
            {
                _draft.Screenshots.Add(shot);
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
            if (observation is not null)
            {
                _draft.Observations.Add(observation);
                observation = null;
            }
        }
    }

    /// <summary>Whether the table's header is the report's own (指标 | 值 | 备注): a table with columns of its own is kept as written.</summary>
    private bool IsMetricsHeader(string table)
    {
        var header = table.Split('\n')[0].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        return header.Length is 2 or 3 && _words.Is(header[0], "metric_name") && _words.Is(header[1], "metric_value")
            && (header.Length == 2 || _words.Is(header[2], "metric_note"));
    }

    /// <summary><c>✅ 目标 1: outcome</c>: ticks the objective and keeps its outcome; an objective the note did not list is added.</summary>
    /// <returns>The entries it could not take (an objective given twice), to keep as written.</returns>
    private List<NoteItem> Achieved(ListItem list)
    {
        var kept = new List<NoteItem>();
        var taken = new HashSet<int>();
        foreach (var entry in list.Entries)
        {
            var lines = entry.Text.Split('\n');
            var shortfall = Facts([.. SubItems(lines.Skip(1))], "shortfall") is { } facts && facts.TryGetValue("shortfall", out var why) ? why : null;
            var text = shortfall is null ? entry.Text : lines[0];
            var done = text.StartsWith('✅') || text.StartsWith("[x]", StringComparison.OrdinalIgnoreCase);
            var inProgress = text.StartsWith('⏳');
            text = text.TrimStart('✅', '⬜', '❌', '⏳').Trim();
            var numbered = _words.Numbered("objective_label", text);
            var outcome = numbered?.After ?? text;
            var index = numbered is { Number: var n } && int.TryParse(n, out var number) ? number - 1 : -1;
            if (index >= 0 && !taken.Add(index))
            {
                kept.Add(new ParagraphItem(entry.Line, "- " + entry.Text));
            }
            else if (index >= 0 && index < _draft.Objectives.Count)
            {
                var objective = _draft.Objectives[index];
                _draft.Objectives[index] = objective with
                {
                    Done = objective.Done || done,
                    InProgress = inProgress,
                    Outcome = Plain(objective.Text) == outcome ? null : Text(outcome),
                    Shortfall = shortfall is null ? null : Text(shortfall),
                };
            }
            else
            {
                _draft.Objectives.Add(new Objective { Text = Text(outcome), Done = done, InProgress = inProgress, Shortfall = shortfall is null ? null : Text(shortfall) });
            }
        }

        return kept;
    }

    /// <summary>
    /// <c>**现象**: text</c> items (or <c>定义：text</c>) by the UI key of their label; null when an item has
    /// a label that is not one of <paramref name="keys"/>, so nothing is dropped.
    /// </summary>
    private Dictionary<string, string>? Facts(IReadOnlyList<NoteListEntry> entries, params string[] keys)
    {
        keys = keys.Length == 0 ? ["phenomenon", "cause", "lesson"] : keys;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var match = System.Text.RegularExpressions.Regex.Match(entry.Text, @"^(?:\*\*(?<label>[^*]+?)\*\*\s*[:：]|(?<label>[^:：\n]{1,40}?)\s*[:：])\s*(?<value>[\s\S]*)$");
            var key = match.Success ? keys.FirstOrDefault(k => _words.Is(match.Groups["label"].Value, k)) : null;
            if (key is null || found.ContainsKey(key))
            {
                return null;
            }

            found[key] = match.Groups["value"].Value.Trim();
        }

        return found;
    }

    private List<NoteItem> Problems(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        Problem? problem = null;
        var statusRead = false;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var next = i + 1 < items.Count ? items[i + 1] : null;
            var label = SingleLabel(item);
            if (item is HeadingItem { Level: 3 } heading)
            {
                Finish();
                var title = _words.Numbered("problem_label", heading.Text) is { } numbered ? numbered.After : heading.Text;
                problem = new Problem { Title = Text(title), Status = ProblemStatus.Open };
                statusRead = false;
            }
            else if (problem is { Error: null } && label is not null && _words.Is(label, "error_message") && next is CodeItem error)
            {
                problem = problem with { Error = error.Text };
                i++;
            }
            else if (problem is not null && label is not null && _words.Is(label, "causes") && next is ListItem causes)
            {
                problem = problem with { Causes = [.. problem.Causes, .. causes.Entries.Select(e => Text(e.Text))] };
                i++;
            }
            else if (problem is not null && label is not null && _words.Is(label, "solution") && next is ListItem solution)
            {
                problem = problem with { Solution = [.. problem.Solution, .. solution.Entries.Select(e => Text(e.Text))] };
                i++;
            }
            else if (problem is not null && !statusRead && item is LabelItem { Labels: [var status] } && _words.Is(status.Label, "problem_status") && status.Value.Length > 0)
            {
                statusRead = true;
                var known = _words.Choice<ProblemStatus>("problem_status_", status.Value);
                problem = problem with
                {
                    Status = known ?? Status("problem_status_", status, ProblemStatus.Open),
                    StatusText = known is null ? Text(status.Value) : null,
                };
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
            if (problem is not null)
            {
                _draft.Problems.Add(problem);
                problem = null;
            }
        }
    }

    /// <summary>
    /// A status in the report's words ("✅ 已解决"); in other words, the one its emoji means, with a warning
    /// that names the wording, which the record cannot keep.
    /// </summary>
    private TEnum Status<TEnum>(string prefix, LabelLine line, TEnum fallback) where TEnum : struct, Enum
    {
        if (_words.Choice<TEnum>(prefix, line.Value) is { } exact)
        {
            return exact;
        }

        var chosen = fallback;
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var emoji = _words.Label(prefix + Loading.Yaml.YamlNaming.EnumValue(value.ToString())).Split(' ')[0];
            if (emoji.Length > 0 && !char.IsLetterOrDigit(emoji[0]) && line.Value.StartsWith(emoji, StringComparison.Ordinal))
            {
                chosen = value;
                break;
            }
        }

        Warn(line.Line, $"The status \"{line.Value}\" is not one of the record's; it counts as {Loading.Yaml.YamlNaming.EnumValue(chosen.ToString())} (\"{_words.Label(prefix + Loading.Yaml.YamlNaming.EnumValue(chosen.ToString()))}\") and its words are kept as status_text: check it.");
        return chosen;
    }

    private List<NoteItem> Learnings(List<NoteItem> items)
    {
        var left = new List<NoteItem>();
        var concepts = new List<Concept>();
        var practices = new List<Localized>();
        var questions = new List<Checkable>();
        string? part = null;
        foreach (var item in items)
        {
            if (item is HeadingItem { Level: 3 } heading)
            {
                part = _words.Is(heading.Text, "concepts") ? "concepts" : _words.Is(heading.Text, "practices") ? "practices" : _words.Is(heading.Text, "questions") ? "questions" : null;
                if (part is null)
                {
                    left.Add(item);
                }
            }
            else if (part == "concepts" && item is ListItem list && list.Entries.Select(Concept).ToList() is var read && read.All(c => c is not null))
            {
                concepts.AddRange(read!);
            }
            else if (part == "practices" && item is ListItem practiceList)
            {
                practices.AddRange(practiceList.Entries.Select(e => Text(_words.Numbered("practice_label", e.Text)?.After ?? e.Text)));
            }
            else if (part == "questions" && item is ListItem questionList)
            {
                questions.AddRange(questionList.Entries.Select(e => Task(e.Text)).Select(t => new Checkable { Text = Text(t.Text), Done = t.Done ?? false }));
            }
            else if (item is not RuleItem)
            {
                left.Add(item);
            }
        }

        _draft.Learnings = new Learnings { Concepts = concepts, Practices = practices, Questions = questions };
        return left;
    }

    /// <summary><c>**Name**</c> with a sub-list of <c>定义：…</c>, <c>应用场景：…</c>, <c>注意事项：…</c>; null when it is not that shape.</summary>
    private Concept? Concept(NoteListEntry entry)
    {
        var lines = entry.Text.Split('\n');
        var name = System.Text.RegularExpressions.Regex.Match(lines[0].Trim(), @"^\*\*(?<name>.+)\*\*$");
        var facts = Facts([.. SubItems(lines.Skip(1))], "definition", "use_cases", "caveats");
        if (!name.Success || facts is null || !facts.TryGetValue("definition", out var definition))
        {
            return null;
        }

        return new Concept
        {
            Name = Text(name.Groups["name"].Value),
            Definition = Text(definition),
            UseCases = facts.TryGetValue("use_cases", out var useCases) ? Text(useCases) : null,
            Caveats = facts.TryGetValue("caveats", out var caveats) ? Text(caveats) : null,
        };
    }

    /// <summary>The items of a nested <c>- </c> list, each with its continuation lines.</summary>
    private static IEnumerable<NoteListEntry> SubItems(IEnumerable<string> lines)
    {
        var items = new List<List<string>>();
        foreach (var line in lines)
        {
            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                items.Add([line[2..]]);
            }
            else if (items.Count > 0)
            {
                items[^1].Add(line.Length >= 2 && line[..2].Trim().Length == 0 ? line[2..] : line.TrimStart());
            }
        }

        return items.Select(i => new NoteListEntry(0, string.Join("\n", i)));
    }
}
