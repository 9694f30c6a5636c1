using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SiteGen.Rendering.Highlighting;

/// <summary>
/// Highlights code at build time with TextMate grammars (TextMateSharp, the grammars VS Code ships): each
/// token becomes a <c>span</c> whose class names what it is (<see cref="TokenClass"/>), and the site's CSS
/// colours the classes in the light and the dark theme. Code in a language without a grammar is left as it
/// is. The same code always gives the same HTML. Thread-safe.
/// </summary>
public sealed partial class CodeHighlighter
{
    /// <summary>Names authors write for the languages, by the grammar's own language id.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bash"] = "shellscript", ["sh"] = "shellscript", ["shell"] = "shellscript", ["zsh"] = "shellscript",
        ["console"] = "shellscript", ["yml"] = "yaml", ["golang"] = "go", ["py"] = "python", ["js"] = "javascript",
        ["ts"] = "typescript", ["docker"] = "dockerfile", ["ps1"] = "powershell", ["cs"] = "csharp", ["c#"] = "csharp",
    };

    private static readonly Lazy<CodeHighlighter> Shared = new(() => new CodeHighlighter());

    /// <summary>
    /// TextMateSharp's registry and grammars are not safe to share between threads (two threads loading a
    /// grammar at once fail with "Unknown location for grammar"), and a registry with its grammars is large
    /// (one per pool thread made a build's memory grow with the pool). So there are at most one per core,
    /// taken from this pool for one block and given back.
    /// </summary>
    private readonly ConcurrentBag<Grammars> _pool = [];
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>
    /// Blocks highlighted already, by language and text (short ones, and at most so many): a lab site repeats
    /// its commands (kubectl get pods, in every record and both languages), and threads asking for the same
    /// block at once wait for one highlighting of it.
    /// </summary>
    private readonly ConcurrentDictionary<(string Language, string Code), Lazy<string?>> _memo = new();
    private const int MemoLimit = 4096;
    private const int MemoEntries = 100_000;

    private CodeHighlighter()
    {
    }

    /// <summary>The one highlighter of the process.</summary>
    public static CodeHighlighter Instance => Shared.Value;

    /// <summary>The code as HTML (encoded, with token spans); null when the language has no grammar.</summary>
    public string? Highlight(string code, string? language)
    {
        if (language is not { Length: > 0 })
        {
            return null;
        }

        // Highlighting is a pure function of the text and the language, so a block is highlighted once per process.
        if (code.Length > MemoLimit || (_memo.Count >= MemoEntries && !_memo.ContainsKey((language, code))))
        {
            return HighlightNow(code, language);
        }

        return _memo.GetOrAdd((language, code), key => new Lazy<string?>(() => HighlightNow(key.Code, key.Language))).Value;
    }

    private string? HighlightNow(string code, string language)
    {
        _slots.Wait();
        var grammars = _pool.TryTake(out var kept) ? kept : new Grammars();
        try
        {
            return grammars.Of(language) is { } grammar ? Highlight(code, grammar) : null;
        }
        finally
        {
            _pool.Add(grammars);
            _slots.Release();
        }
    }

    private static string Highlight(string code, IGrammar grammar)
    {
        var html = new StringBuilder(code.Length * 2);
        var run = new StringBuilder();
        string? runClass = null;
        void Flush()
        {
            if (run.Length > 0)
            {
                html.Append(runClass is null ? run.ToString() : $"<span class=\"{runClass}\">{run}</span>");
                run.Clear();
            }
        }

        IStateStack? state = null;
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Flush();
                html.Append('\n');
            }

            var line = lines[i];
            // A generous limit: one that a busy machine could reach would make the HTML depend on timing.
            var result = grammar.TokenizeLine(line, state, TimeSpan.FromSeconds(30));
            state = result.RuleStack;
            foreach (var token in result.Tokens)
            {
                var start = Math.Min(token.StartIndex, line.Length);
                var end = Math.Min(token.EndIndex, line.Length);
                if (end <= start)
                {
                    continue;
                }

                // Neighbouring tokens of one kind (a quote and its string) make one span.
                var css = TokenClass.Of(token.Scopes);
                if (css != runClass)
                {
                    Flush();
                    runClass = css;
                }

                run.Append(WebUtility.HtmlEncode(line[start..end]));
            }
        }

        Flush();

        return html.ToString();
    }

    /// <summary>Whether the language is a shell's: its code blocks are terminal transcripts (<see cref="Transcript"/>).</summary>
    public static bool IsShell(string? language) =>
        language is { Length: > 0 } && GrammarId(language) == "shellscript";

    /// <summary>The grammar's language id for a name an author wrote (<c>sh</c> is <c>shellscript</c>).</summary>
    private static string GrammarId(string language) => Aliases.GetValueOrDefault(language, language.ToLowerInvariant());

    /// <summary>
    /// A shell code block as a terminal shows it: a line that starts with <c>$ </c> is a command (its prompt
    /// apart, the command highlighted), a line that starts with <c>#</c> a comment, and every other line is
    /// output, left plain, so output is never coloured as if it were shell (<c>&lt;none&gt;</c> is no redirection).
    /// </summary>
    public string Transcript(string code)
    {
        var html = new StringBuilder(code.Length * 2);
        foreach (var (line, i) in code.Split('\n').Select((l, i) => (l, i)))
        {
            if (i > 0)
            {
                html.Append('\n');
            }

            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                html.Append("<span class=\"prompt\">$ </span>").Append(MarkCommandName(Highlight(line[2..], "bash") ?? WebUtility.HtmlEncode(line[2..])));
            }
            else
            {
                html.Append(line.StartsWith('#') ? $"<span class=\"tk-c\">{WebUtility.HtmlEncode(line)}</span>" : WebUtility.HtmlEncode(line));
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// The shell grammar leaves a command's name plain (<c>kubectl</c> in <c>kubectl get pods</c>): the first
    /// word of highlighted command HTML is marked as the command, unless the grammar marked it already.
    /// </summary>
    public static string MarkCommandName(string html) => CommandWord().Replace(html, "<span class=\"tk-f\">$1</span>", 1);

    [GeneratedRegex(@"^([A-Za-z0-9_./][A-Za-z0-9_.+/-]*)(?=\s|$)")]
    private static partial Regex CommandWord();

    /// <summary>A registry and the grammars it loaded, by the name an author wrote; used by one thread at a time.</summary>
    private sealed class Grammars
    {
        private readonly RegistryOptions _options = new(ThemeName.LightPlus);
        private readonly Dictionary<string, IGrammar?> _loaded = new(StringComparer.OrdinalIgnoreCase);
        private readonly Registry _registry;

        public Grammars() => _registry = new Registry(_options);

        public IGrammar? Of(string language)
        {
            if (!_loaded.TryGetValue(language, out var grammar))
            {
                var scope = _options.GetScopeByLanguageId(GrammarId(language));
                _loaded[language] = grammar = scope is null ? null : _registry.LoadGrammar(scope);
            }

            return grammar;
        }
    }
}
