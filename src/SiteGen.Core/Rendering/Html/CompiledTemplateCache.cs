using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace SiteGen.Rendering.Html;

/// <summary>
/// Keeps compiled Razor templates on disk between builds, so only a changed template pays for Roslyn
/// (about 2.5 s for the first template of a process, 80 ms for each further one). An entry is named by a
/// hash of everything its code depends on: SiteGen's own build (the model types the template is compiled
/// against), RazorLight's and the runtime's versions, the template key and the template's text. Entries are
/// written atomically and never modified, so builds running at the same time can share a folder; an
/// unreadable entry is ignored and compiled again.
/// </summary>
internal sealed class CompiledTemplateCache(string templatesFolder, string cacheFolder) : ICachingProvider, IPrecompileCallback
{
    private static readonly string Fingerprint = string.Join("\n",
        typeof(CompiledTemplateCache).Assembly.ManifestModule.ModuleVersionId,
        typeof(RazorLightEngine).Assembly.GetName().Version,
        Environment.Version);

    private readonly MemoryCachingProvider _memory = new();
    private int _hits;

    /// <summary>Templates loaded from disk instead of compiled, in this build.</summary>
    public int Hits => _hits;

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        var found = _memory.RetrieveTemplate(key);
        if (found.Success || EntryPath(key) is not { } path || !File.Exists(path))
        {
            return found;
        }

        try
        {
            var symbols = Path.ChangeExtension(path, ".pdb");
            var assembly = Assembly.Load(File.ReadAllBytes(path), File.Exists(symbols) ? File.ReadAllBytes(symbols) : null);
            var type = assembly.GetCustomAttribute<RazorLightTemplateAttribute>()?.TemplateType;
            if (type is null)
            {
                return found;
            }

            Func<ITemplatePage> factory = () => (ITemplatePage)Activator.CreateInstance(type)!;
            _memory.CacheTemplate(key, factory);
            Interlocked.Increment(ref _hits);
            return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            return found; // a damaged entry: compile again, which rewrites it
        }
    }

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken) =>
        _memory.CacheTemplate(key, pageFactory, expirationToken);

    public bool Contains(string key) => _memory.Contains(key);

    public void Remove(string key) => _memory.Remove(key);

    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        if (EntryPath(generatedRazorTemplate.TemplateKey) is not { } path)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(cacheFolder);
            if (rawSymbolStore is not null)
            {
                WriteAtomically(Path.ChangeExtension(path, ".pdb"), rawSymbolStore);
            }

            WriteAtomically(path, rawAssembly);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: a read-only or full disk only costs the next build its time.
        }
    }

    private string? EntryPath(string key)
    {
        // The engine asks for "Index.cshtml" and compiles "/Index.cshtml": one entry for both.
        var relative = key.TrimStart('/', '\\');
        var file = Path.Combine(templatesFolder, relative);
        if (!File.Exists(file))
        {
            return null;
        }

        var header = Encoding.UTF8.GetBytes(Fingerprint + "\n" + relative + "\n");
        var hash = SHA256.HashData([.. header, .. File.ReadAllBytes(file)]);
        return Path.Combine(cacheFolder, Convert.ToHexStringLower(hash)[..32] + ".dll");
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
