using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>
/// Where bound values came from: (object, property name) to the position of its YAML value, for the
/// model types marked <see cref="Model.KeepSourceSpansAttribute"/>. Lets validation after binding point at
/// the exact line and column without spans in every model type.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<object, Dictionary<string, SourceSpan>> _spans = new(ReferenceEqualityComparer.Instance);

    public void Record(object owner, string property, SourceSpan span)
    {
        if (!_spans.TryGetValue(owner, out var map))
        {
            _spans[owner] = map = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        }

        map[property] = span;
    }

    /// <summary>The position of <paramref name="owner"/>.<paramref name="property"/>, if it was written in YAML.</summary>
    public SourceSpan? Find(object owner, string property) =>
        _spans.TryGetValue(owner, out var map) && map.TryGetValue(property, out var span) ? span : null;
}
