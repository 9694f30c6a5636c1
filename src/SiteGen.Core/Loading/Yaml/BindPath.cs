namespace SiteGen.Loading.Yaml;

/// <summary>
/// Where the binder is in the document, in words for diagnostics. <see cref="Location"/> is the path of
/// the current node, such as <c>steps[2].title</c>, with list items counted from 1 as an author counts them.
/// </summary>
internal readonly record struct BindPath(string Name, string Parent, string Location)
{
    public static readonly BindPath Root = new("", "", "");

    /// <summary>Where the current node sits: "in steps[2]" or "at the top level of the file".</summary>
    public string Where => Describe(Parent);

    /// <summary>The current node as a container: "in steps[2]" for a key missing inside it.</summary>
    public string Inside => Describe(Location);

    public BindPath Child(string key) => new(key, Location, Location.Length == 0 ? key : $"{Location}.{key}");

    public BindPath Item(int number) => new($"{Name}[{number}]", Parent, $"{Location}[{number}]");

    private static string Describe(string location) =>
        location.Length == 0 ? "at the top level of the file" : $"in {location}";
}
