using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using DiffPlex.Renderer;

namespace SiteGen.Comparing;

/// <summary>How a line of a diff changed.</summary>
public enum LineChange
{
    Same,
    Deleted,
    Inserted,
    /// <summary>The line is on both sides, with some words (or Chinese characters) changed.</summary>
    Modified,
}

/// <summary>A run of a line's text, and whether it is what changed.</summary>
public sealed record DiffRun(string Text, bool Changed);

/// <summary>One line of a diff: its numbers on each side and its text as runs on each side.</summary>
public sealed record DiffLine(LineChange Change, int? OldNumber, int? NewNumber, IReadOnlyList<DiffRun> Old, IReadOnlyList<DiffRun> New)
{
    public string OldText => string.Concat(Old.Select(r => r.Text));

    public string NewText => string.Concat(New.Select(r => r.Text));
}

/// <summary>
/// A line diff with the changes inside changed lines marked (DiffPlex). Words of scripts written with spaces
/// are compared whole; Chinese, Japanese and Korean, written without spaces, character by character, so a
/// changed character is marked, not the whole sentence.
/// </summary>
public sealed class TextDiff
{
    private static readonly SideBySideDiffBuilder Builder = new(new Differ(), new DiffPlex.Chunkers.LineChunker(), new ScriptAwareChunker());

    private TextDiff(IReadOnlyList<DiffLine> lines) => Lines = lines;

    public IReadOnlyList<DiffLine> Lines { get; }

    public bool HasChanges => Lines.Any(l => l.Change != LineChange.Same);

    public static TextDiff Of(string old, string @new)
    {
        var model = Builder.BuildDiffModel(Normalize(old), Normalize(@new), ignoreWhitespace: false);
        var lines = new List<DiffLine>();
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var before = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var after = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            switch (before?.Type, after?.Type)
            {
                case (ChangeType.Unchanged, _):
                    lines.Add(new DiffLine(LineChange.Same, before!.Position, after?.Position, Whole(before.Text), Whole(after?.Text ?? before.Text)));
                    break;
                case (ChangeType.Modified, ChangeType.Modified):
                    lines.Add(new DiffLine(LineChange.Modified, before!.Position, after!.Position, Runs(before), Runs(after)));
                    break;
                default:
                    if (before is { Type: ChangeType.Deleted or ChangeType.Modified })
                    {
                        lines.Add(new DiffLine(LineChange.Deleted, before.Position, null, Whole(before.Text), []));
                    }

                    if (after is { Type: ChangeType.Inserted or ChangeType.Modified })
                    {
                        lines.Add(new DiffLine(LineChange.Inserted, null, after.Position, [], Whole(after.Text)));
                    }

                    break;
            }
        }

        return new TextDiff(lines);
    }

    /// <summary>The classic unified diff (<c>---</c>, <c>+++</c>, <c>@@</c> hunks), as <c>git diff</c> prints it.</summary>
    public static string Unified(string old, string @new, string oldName, string newName, int context = 3) =>
        new UnidiffRenderer(contextLines: context).Generate(Normalize(old), Normalize(@new), oldName, newName);

    /// <summary>
    /// The lines to show: every changed line with <paramref name="context"/> unchanged lines around it, in
    /// groups (hunks) separated where unchanged lines were left out.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<DiffLine>> Hunks(int context = 2)
    {
        var keep = new bool[Lines.Count];
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Change != LineChange.Same)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(Lines.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var hunks = new List<IReadOnlyList<DiffLine>>();
        List<DiffLine>? current = null;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (!keep[i])
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                hunks.Add(current);
            }

            current.Add(Lines[i]);
        }

        return hunks;
    }

    private static IReadOnlyList<DiffRun> Whole(string? text) => text is null ? [] : [new DiffRun(text, false)];

    private static IReadOnlyList<DiffRun> Runs(DiffPiece line)
    {
        var runs = new List<DiffRun>();
        foreach (var piece in line.SubPieces.Where(p => p.Type != ChangeType.Imaginary && p.Text is not null))
        {
            var changed = piece.Type != ChangeType.Unchanged;
            if (runs.Count > 0 && runs[^1].Changed == changed)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + piece.Text };
            }
            else
            {
                runs.Add(new DiffRun(piece.Text!, changed));
            }
        }

        return runs;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
