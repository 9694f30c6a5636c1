using SiteGen.Diagnostics;
using SiteGen.Loading.Yaml;

namespace SiteGen.Loading;

/// <summary>One file from bytes to a bound model: decode, read the YAML tree safely, bind.</summary>
public static class YamlDocumentLoader
{
    public static (T? Value, SourceText? Source, SourceMap? Map) Load<T>(
        byte[] bytes, string displayPath, IReadOnlyList<string>? languages, DiagnosticBag diagnostics)
        where T : class
    {
        var source = SourceReader.Decode(bytes, displayPath, diagnostics);
        if (source is null)
        {
            return (null, null, null);
        }

        var root = YamlTreeReader.Read(source, diagnostics);
        if (root is null)
        {
            return (null, source, null);
        }

        var binder = new YamlBinder(source, diagnostics, languages);
        return (binder.Bind<T>(root), source, binder.Map);
    }
}
