namespace SiteGen.Importing.Notes;

/// <summary>
/// One block of a Markdown note as the importer sees it, with the 1-based line it starts on and its
/// source text exactly as written (what is kept when the block fits no field).
/// </summary>
internal abstract record NoteItem(int Line, string Source);

/// <summary><c>## 📋 实验信息</c>: the level, the emoji before the text (if any) and the text.</summary>
internal sealed record HeadingItem(int Line, string Source, int Level, string? Icon, string Text) : NoteItem(Line, Source);

/// <summary>A paragraph of <c>**Label**: value</c> lines (the value may be empty: what follows is the content).</summary>
internal sealed record LabelItem(int Line, string Source, IReadOnlyList<LabelLine> Labels) : NoteItem(Line, Source);

internal sealed record LabelLine(int Line, string Label, string Value);

internal sealed record CodeItem(int Line, string Source, string Language, string Text) : NoteItem(Line, Source);

/// <summary>A list: each item's text with its marker removed and its lines de-indented.</summary>
internal sealed record ListItem(int Line, string Source, bool Ordered, IReadOnlyList<NoteListEntry> Entries) : NoteItem(Line, Source);

internal sealed record NoteListEntry(int Line, string Text);

/// <summary>A pipe table: the cells of each body row (the header row and the rule left out).</summary>
internal sealed record TableItem(int Line, string Source, IReadOnlyList<IReadOnlyList<string>> Rows) : NoteItem(Line, Source);

internal sealed record ParagraphItem(int Line, string Source) : NoteItem(Line, Source);

/// <summary><c>---</c>: the report puts one after each section; it carries nothing.</summary>
internal sealed record RuleItem(int Line, string Source) : NoteItem(Line, Source);
