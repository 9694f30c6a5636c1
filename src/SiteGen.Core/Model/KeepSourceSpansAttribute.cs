namespace SiteGen.Model;

/// <summary>
/// Marks a model type whose values checks look up by position after binding (an id, a chapter, a
/// follow-up): the binder records where each of its properties was written, in the <see cref="Loading.SourceMap"/>.
/// Only these types: recording every value of a record cost a seventh of <c>sitegen check</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KeepSourceSpansAttribute : Attribute;
