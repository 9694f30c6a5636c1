using SiteGen.Model;

namespace SiteGen.Loading.Yaml.Converters;

/// <summary>The converter of each type the binder reads as a value rather than by its shape.</summary>
internal static class YamlConverters
{
    private static readonly Dictionary<Type, YamlConverter> ByType = new()
    {
        [typeof(string)] = new TextConverter(),
        [typeof(int)] = new WholeNumberConverter(),
        [typeof(bool)] = new TrueFalseConverter(),
        [typeof(DateOnly)] = new DateConverter(),
        [typeof(DateTime)] = new DateAndTimeConverter(),
        [typeof(ExperimentDuration)] = new DurationConverter(),
        [typeof(Localized)] = new LocalizedConverter(),
    };

    private static readonly ChoiceConverter Choice = new();

    /// <summary>The converter of <paramref name="type"/> (not nullable); null for objects and lists.</summary>
    public static YamlConverter? For(Type type) =>
        ByType.TryGetValue(type, out var converter) ? converter : type.IsEnum ? Choice : null;
}
