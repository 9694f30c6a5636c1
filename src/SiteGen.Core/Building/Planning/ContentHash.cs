using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Building.Planning;

/// <summary>SHA-256 in lowercase hex, of bytes, of text, of files and of whole folders: the hashes inputs and outputs are compared by.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>Several parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ.</summary>
    public static string OfParts(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
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
