using System.IO.Hashing;
using System.Text;

namespace SiteGen.Loading;

/// <summary>
/// The hashes inputs and outputs are compared by: XxHash128 in lowercase hex, of bytes, of text, of files
/// and of whole folders. Not cryptographic: it tells changed content from unchanged, many gigabytes a second,
/// which is all a build cache needs.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>Several parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ.</summary>
    public static string OfParts(IEnumerable<string> parts)
    {
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            BitConverter.TryWriteBytes(length, bytes.Length);
            hash.Append(length);
            hash.Append(bytes);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    public static string OfFile(string path) => Of(File.ReadAllBytes(path));

    /// <summary>Every file under a folder, by relative path and content; empty text when the folder does not exist.</summary>
    public static string OfFolder(string folder) =>
        Directory.Exists(folder)
            ? OfParts(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Full: f))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .SelectMany(f => new[] { f.Relative, OfFile(f.Full) }))
            : "";
}
