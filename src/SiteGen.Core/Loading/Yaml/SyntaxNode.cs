using SiteGen.Diagnostics;

namespace SiteGen.Loading.Yaml;

/// <summary>
/// A YAML node with its position. SiteGen builds this small tree itself from the parser's events, so that
/// depth, size and aliases are checked before anything is expanded or recursed into.
/// </summary>
public abstract record SyntaxNode(SourceSpan Span)
{
    /// <summary>What the node is, in words for a diagnostic: "a list", "a mapping", "text".</summary>
    public abstract string Describe();
}

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted and block scalars.</summary>
public sealed record ScalarNode(SourceSpan Span, string Value, bool IsPlain) : SyntaxNode(Span)
{
    /// <summary>An empty value, <c>~</c> or <c>null</c> written without quotes.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "empty" : $"'{Value}'";
}

public sealed record SequenceNode(SourceSpan Span, IReadOnlyList<SyntaxNode> Items) : SyntaxNode(Span)
{
    public override string Describe() => "a list";
}

public sealed record MappingNode(SourceSpan Span, IReadOnlyList<MappingEntry> Entries) : SyntaxNode(Span)
{
    public override string Describe() => "a mapping";
}

public sealed record MappingEntry(ScalarNode Key, SyntaxNode Value);
