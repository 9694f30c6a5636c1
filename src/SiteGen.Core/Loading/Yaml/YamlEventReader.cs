using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace SiteGen.Loading.Yaml;

/// <summary>What <see cref="YamlEventReader"/> reports: the parser events SiteGen's tree needs.</summary>
internal enum YamlEventKind
{
    StreamStart,
    StreamEnd,
    DocumentStart,
    DocumentEnd,
    Alias,
    Scalar,
    SequenceStart,
    SequenceEnd,
    MappingStart,
    MappingEnd,
}

/// <summary>One parser event: its kind, where it starts, and for a scalar its text and whether it was plain.</summary>
internal readonly record struct YamlEvent(YamlEventKind Kind, Mark Start, string? Value = null, bool IsPlain = false)
{
    /// <summary>An anchor (<c>&amp;name</c>) or tag (<c>!name</c>) written before the node, and where: YAML drops it from the value.</summary>
    public (string Text, Mark Start)? Property { get; init; }
}

/// <summary>
/// The events of a YAML stream, read from YamlDotNet's <see cref="Scanner"/>: a port of YamlDotNet's own
/// <c>Parser</c> (MIT licence, aaubry/YamlDotNet, YamlDotNet/Core/Parser.cs) with the same states, the same
/// positions and the same error messages, but events as small structs. YamlDotNet's parser interns every
/// mapping key (<c>string.IsInterned</c>, a lock shared by the whole process): with two threads reading
/// records, that lock was a third of <c>sitegen check</c>'s time. A property test compares this reader
/// with YamlDotNet's parser on generated YAML, event by event and error by error.
/// </summary>
internal sealed class YamlEventReader(Scanner scanner)
{
    private static readonly HashSet<string> DefaultTagHandles = new(["!", "!!"], StringComparer.Ordinal);

    private readonly Stack<State> _states = new();
    private readonly HashSet<string> _tagHandles = new(DefaultTagHandles, StringComparer.Ordinal);
    private State _state = State.StreamStart;
    private Token? _current;
    private bool _lastWasScalar;
    private (string Text, Mark Start)? _property;

    private enum State
    {
        StreamStart,
        StreamEnd,
        ImplicitDocumentStart,
        DocumentStart,
        DocumentContent,
        DocumentEnd,
        BlockNode,
        BlockNodeOrIndentlessSequence,
        FlowNode,
        BlockSequenceFirstEntry,
        BlockSequenceEntry,
        IndentlessSequenceEntry,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingValue,
        FlowSequenceFirstEntry,
        FlowSequenceEntry,
        FlowSequenceEntryMappingKey,
        FlowSequenceEntryMappingValue,
        FlowSequenceEntryMappingEnd,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingValue,
        FlowMappingEmptyValue,
    }

    /// <summary>The next event; false after the end of the stream. Syntax errors throw <see cref="YamlException"/>.</summary>
    public bool MoveNext(out YamlEvent next)
    {
        if (_state == State.StreamEnd)
        {
            next = default;
            return false;
        }

        next = Next();
        if (_property is { } property)
        {
            next = next with { Property = property };
            _property = null;
        }

        _lastWasScalar = next.Kind == YamlEventKind.Scalar;
        return true;
    }

    private YamlEvent Next() => _state switch
    {
        State.StreamStart => StartStream(),
        State.ImplicitDocumentStart => StartDocument(isImplicit: true),
        State.DocumentStart => StartDocument(isImplicit: false),
        State.DocumentContent => DocumentBody(),
        State.DocumentEnd => EndDocument(),
        State.BlockNode => Node(isBlock: true, isIndentlessSequence: false),
        State.BlockNodeOrIndentlessSequence => Node(isBlock: true, isIndentlessSequence: true),
        State.FlowNode => Node(isBlock: false, isIndentlessSequence: false),
        State.BlockSequenceFirstEntry => BlockSequenceEntry(isFirst: true),
        State.BlockSequenceEntry => BlockSequenceEntry(isFirst: false),
        State.IndentlessSequenceEntry => IndentlessSequenceEntry(),
        State.BlockMappingFirstKey => BlockMappingKey(isFirst: true),
        State.BlockMappingKey => BlockMappingKey(isFirst: false),
        State.BlockMappingValue => BlockMappingValue(),
        State.FlowSequenceFirstEntry => FlowSequenceEntry(isFirst: true),
        State.FlowSequenceEntry => FlowSequenceEntry(isFirst: false),
        State.FlowSequenceEntryMappingKey => FlowSequenceEntryMappingKey(),
        State.FlowSequenceEntryMappingValue => FlowSequenceEntryMappingValue(),
        State.FlowSequenceEntryMappingEnd => FlowSequenceEntryMappingEnd(),
        State.FlowMappingFirstKey => FlowMappingKey(isFirst: true),
        State.FlowMappingKey => FlowMappingKey(isFirst: false),
        State.FlowMappingValue => FlowMappingValue(isEmpty: false),
        State.FlowMappingEmptyValue => FlowMappingValue(isEmpty: true),
        _ => throw new InvalidOperationException($"The YAML reader is in an unknown state {_state}."),
    };

    private Token? Current()
    {
        if (_current is null && scanner.MoveNextWithoutConsuming())
        {
            _current = scanner.Current;
        }

        return _current;
    }

    private void Skip()
    {
        if (_current is not null)
        {
            _current = null;
            scanner.ConsumeCurrent();
        }
    }

    private static SemanticErrorException Error(Token? at, string message) =>
        new(at?.Start ?? Mark.Empty, at?.End ?? Mark.Empty, message);

    private static YamlEvent Empty(Mark at) => new(YamlEventKind.Scalar, at, string.Empty, IsPlain: true);

    private YamlEvent StartStream()
    {
        if (Current() is not StreamStart start)
        {
            throw Error(Current(), "Did not find expected <stream-start>.");
        }

        Skip();
        _state = State.ImplicitDocumentStart;
        return new YamlEvent(YamlEventKind.StreamStart, start.Start);
    }

    private YamlEvent StartDocument(bool isImplicit)
    {
        if (_current is VersionDirective)
        {
            throw new SyntaxErrorException("While parsing a document start node, could not find document end marker before version directive.");
        }

        var current = Current();
        if (!isImplicit)
        {
            while (current is DocumentEnd)
            {
                Skip();
                current = Current();
            }
        }

        if (current is null)
        {
            throw new SyntaxErrorException("Reached the end of the stream while parsing a document start.");
        }

        if (current is Scalar && _state is State.ImplicitDocumentStart or State.DocumentStart)
        {
            isImplicit = true;
        }

        if ((isImplicit && current is not (VersionDirective or TagDirective or DocumentStart or StreamEnd or DocumentEnd)) || current is BlockMappingStart)
        {
            Directives();
            _states.Push(State.DocumentEnd);
            _state = State.BlockNode;
            return new YamlEvent(YamlEventKind.DocumentStart, current.Start);
        }

        if (current is not (StreamEnd or DocumentEnd))
        {
            var start = current.Start;
            Directives();
            current = Current() ?? throw new SemanticErrorException("Reached the end of the stream while parsing a document start");
            if (current is not DocumentStart)
            {
                throw Error(current, "Did not find expected <document start>.");
            }

            _states.Push(State.DocumentEnd);
            _state = State.DocumentContent;
            Skip();
            return new YamlEvent(YamlEventKind.DocumentStart, start);
        }

        if (current is DocumentEnd)
        {
            Skip();
        }

        _state = State.StreamEnd;
        current = Current() ?? throw new SemanticErrorException("Reached the end of the stream while parsing a document start");
        var streamEnd = new YamlEvent(YamlEventKind.StreamEnd, current.Start);
        if (scanner.MoveNextWithoutConsuming())
        {
            throw new InvalidOperationException("The scanner should contain no more tokens.");
        }

        return streamEnd;
    }

    /// <summary>%YAML and %TAG directives: the tag handles they declare are the only ones a node may use.</summary>
    private void Directives()
    {
        while (true)
        {
            switch (Current())
            {
                case VersionDirective version:
                    if (version.Version.Major != 1 || version.Version.Minor > 3)
                    {
                        throw Error(version, "Found incompatible YAML document.");
                    }

                    break;
                case TagDirective tag:
                    if (!_tagHandles.Add(tag.Handle) && !DefaultTagHandles.Contains(tag.Handle))
                    {
                        throw Error(tag, "Found duplicate %TAG directive.");
                    }

                    break;
                default:
                    return;
            }

            Skip();
        }
    }

    private YamlEvent DocumentBody()
    {
        if (Current() is VersionDirective or TagDirective or DocumentStart or DocumentEnd or StreamEnd)
        {
            _state = _states.Pop();
            return Empty(scanner.CurrentPosition);
        }

        return Node(isBlock: true, isIndentlessSequence: false);
    }

    private YamlEvent EndDocument()
    {
        var current = Current() ?? throw new SemanticErrorException("Reached the end of the stream while parsing a document end");
        var start = current.Start;
        if (current is DocumentEnd)
        {
            Skip();
        }
        else if (!(current is StreamEnd or DocumentStart or FlowSequenceEnd or VersionDirective || (_lastWasScalar && current is YamlDotNet.Core.Tokens.Error)))
        {
            throw new SemanticErrorException(start, start, "Did not find expected <document end>.");
        }

        _state = State.DocumentStart;
        return new YamlEvent(YamlEventKind.DocumentEnd, start);
    }

    private YamlEvent Node(bool isBlock, bool isIndentlessSequence)
    {
        if (Current() is YamlDotNet.Core.Tokens.Error error)
        {
            throw Error(error, error.Value);
        }

        var current = Current() ?? throw new SemanticErrorException("Reached the end of the stream while parsing a node");
        if (current is AnchorAlias alias)
        {
            _state = _states.Pop();
            Skip();
            return new YamlEvent(YamlEventKind.Alias, alias.Start, alias.Value.Value);
        }

        var start = current.Start;
        Anchor? anchor = null;
        Tag? tag = null;
        while (true)
        {
            if (anchor is null && current is Anchor a)
            {
                anchor = a;
                _property ??= ("&" + a.Value.Value, a.Start);
                Skip();
            }
            else if (tag is null && current is Tag t)
            {
                if (!string.IsNullOrEmpty(t.Handle) && !_tagHandles.Contains(t.Handle))
                {
                    throw Error(t, "While parsing a node, found undefined tag handle.");
                }

                tag = t;
                _property ??= (t.Handle + t.Suffix, t.Start);
                Skip();
            }
            else if (current is Anchor second)
            {
                throw Error(second, "While parsing a node, found more than one anchor.");
            }
            else if (current is AnchorAlias misplaced)
            {
                throw Error(misplaced, "While parsing a node, did not find expected token.");
            }
            else if (current is YamlDotNet.Core.Tokens.Error problem)
            {
                if (tag is not null && anchor is not null)
                {
                    return new YamlEvent(YamlEventKind.Scalar, anchor.Start, string.Empty, IsPlain: false);
                }

                throw Error(problem, problem.Value);
            }
            else
            {
                break;
            }

            current = Current() ?? throw new SemanticErrorException("Reached the end of the stream while parsing a node");
        }

        if (isIndentlessSequence && Current() is BlockEntry)
        {
            _state = State.IndentlessSequenceEntry;
            return new YamlEvent(YamlEventKind.SequenceStart, start);
        }

        switch (current)
        {
            case Scalar scalar:
                _state = _states.Pop();
                Skip();
                var scalarEvent = new YamlEvent(YamlEventKind.Scalar, start, scalar.Value, scalar.Style == ScalarStyle.Plain);
                if (anchor is not null && scanner.MoveNextWithoutConsuming())
                {
                    _current = scanner.Current;
                    if (_current is YamlDotNet.Core.Tokens.Error after)
                    {
                        throw Error(after, after.Value);
                    }
                }

                if (_state == State.FlowMappingKey && scanner.Current is not FlowMappingEnd && scanner.MoveNextWithoutConsuming())
                {
                    _current = scanner.Current;
                    if (_current is not null and not FlowEntry and not FlowMappingEnd)
                    {
                        throw Error(_current, "While parsing a flow mapping, did not find expected ',' or '}'.");
                    }
                }

                return scalarEvent;
            case FlowSequenceStart:
                _state = State.FlowSequenceFirstEntry;
                return new YamlEvent(YamlEventKind.SequenceStart, start);
            case FlowMappingStart:
                _state = State.FlowMappingFirstKey;
                return new YamlEvent(YamlEventKind.MappingStart, start);
            case BlockSequenceStart when isBlock:
                _state = State.BlockSequenceFirstEntry;
                return new YamlEvent(YamlEventKind.SequenceStart, start);
            case BlockMappingStart when isBlock:
                _state = State.BlockMappingFirstKey;
                return new YamlEvent(YamlEventKind.MappingStart, start);
        }

        if (anchor is not null || tag is not null)
        {
            _state = _states.Pop();
            return new YamlEvent(YamlEventKind.Scalar, start, string.Empty, IsPlain: true);
        }

        throw Error(current, "While parsing a node, did not find expected node content.");
    }

    private YamlEvent BlockSequenceEntry(bool isFirst)
    {
        if (isFirst)
        {
            Current();
            Skip();
        }

        var current = Current();
        if (current is BlockEntry entry)
        {
            var mark = entry.End;
            Skip();
            current = Current();
            if (current is not (BlockEntry or BlockEnd))
            {
                _states.Push(State.BlockSequenceEntry);
                return Node(isBlock: true, isIndentlessSequence: false);
            }

            _state = State.BlockSequenceEntry;
            return Empty(mark);
        }

        if (current is BlockEnd end)
        {
            _state = _states.Pop();
            Skip();
            return new YamlEvent(YamlEventKind.SequenceEnd, end.Start);
        }

        throw Error(current, "While parsing a block collection, did not find expected '-' indicator.");
    }

    private YamlEvent IndentlessSequenceEntry()
    {
        var current = Current();
        if (current is BlockEntry entry)
        {
            var mark = entry.End;
            Skip();
            current = Current();
            if (current is not (BlockEntry or Key or Value or BlockEnd))
            {
                _states.Push(State.IndentlessSequenceEntry);
                return Node(isBlock: true, isIndentlessSequence: false);
            }

            _state = State.IndentlessSequenceEntry;
            return Empty(mark);
        }

        _state = _states.Pop();
        return new YamlEvent(YamlEventKind.SequenceEnd, current?.Start ?? Mark.Empty);
    }

    private YamlEvent BlockMappingKey(bool isFirst)
    {
        if (isFirst)
        {
            Current();
            Skip();
        }

        var current = Current();
        switch (current)
        {
            case Key key:
                var mark = key.End;
                Skip();
                current = Current();
                if (current is not (Key or Value or BlockEnd))
                {
                    _states.Push(State.BlockMappingValue);
                    return Node(isBlock: true, isIndentlessSequence: true);
                }

                _state = State.BlockMappingValue;
                return Empty(mark);
            case Value value:
                Skip();
                return Empty(value.End);
            case AnchorAlias alias:
                Skip();
                return new YamlEvent(YamlEventKind.Alias, alias.Start, alias.Value.Value);
            case BlockEnd end:
                _state = _states.Pop();
                Skip();
                return new YamlEvent(YamlEventKind.MappingEnd, end.Start);
            case YamlDotNet.Core.Tokens.Error error:
                throw new SyntaxErrorException(error.Start, error.End, error.Value);
            default:
                throw Error(current, "While parsing a block mapping, did not find expected key.");
        }
    }

    private YamlEvent BlockMappingValue()
    {
        var current = Current();
        if (current is Value value)
        {
            var mark = value.End;
            Skip();
            current = Current();
            if (current is not (Key or Value or BlockEnd))
            {
                _states.Push(State.BlockMappingKey);
                return Node(isBlock: true, isIndentlessSequence: true);
            }

            _state = State.BlockMappingKey;
            return Empty(mark);
        }

        if (current is YamlDotNet.Core.Tokens.Error error)
        {
            throw Error(error, error.Value);
        }

        _state = State.BlockMappingKey;
        return Empty(current?.Start ?? Mark.Empty);
    }

    private YamlEvent FlowSequenceEntry(bool isFirst)
    {
        if (isFirst)
        {
            Current();
            Skip();
        }

        var current = Current();
        if (current is not FlowSequenceEnd)
        {
            if (!isFirst)
            {
                if (current is not FlowEntry)
                {
                    throw Error(current, "While parsing a flow sequence, did not find expected ',' or ']'.");
                }

                Skip();
                current = Current();
            }

            if (current is Key)
            {
                _state = State.FlowSequenceEntryMappingKey;
                Skip();
                return new YamlEvent(YamlEventKind.MappingStart, Mark.Empty);
            }

            if (current is not FlowSequenceEnd)
            {
                _states.Push(State.FlowSequenceEntry);
                return Node(isBlock: false, isIndentlessSequence: false);
            }
        }

        _state = _states.Pop();
        var end = new YamlEvent(YamlEventKind.SequenceEnd, current?.Start ?? Mark.Empty);
        Skip();
        if (scanner.MoveNextWithoutConsuming())
        {
            _current = scanner.Current;
            if (_current is YamlDotNet.Core.Tokens.Error error && current is not null && error.Start.Index > current.End.Index)
            {
                throw Error(error, error.Value);
            }
        }

        return end;
    }

    private YamlEvent FlowSequenceEntryMappingKey()
    {
        var current = Current();
        if (current is not (Value or FlowEntry or FlowSequenceEnd))
        {
            _states.Push(State.FlowSequenceEntryMappingValue);
            return Node(isBlock: false, isIndentlessSequence: false);
        }

        var mark = current?.End ?? Mark.Empty;
        Skip();
        _state = State.FlowSequenceEntryMappingValue;
        return Empty(mark);
    }

    private YamlEvent FlowSequenceEntryMappingValue()
    {
        var current = Current();
        if (current is Value)
        {
            Skip();
            current = Current();
            if (current is not (FlowEntry or FlowSequenceEnd))
            {
                _states.Push(State.FlowSequenceEntryMappingEnd);
                return Node(isBlock: false, isIndentlessSequence: false);
            }
        }

        _state = State.FlowSequenceEntryMappingEnd;
        return Empty(current?.Start ?? Mark.Empty);
    }

    private YamlEvent FlowSequenceEntryMappingEnd()
    {
        _state = State.FlowSequenceEntry;
        return new YamlEvent(YamlEventKind.MappingEnd, Current()?.Start ?? Mark.Empty);
    }

    private YamlEvent FlowMappingKey(bool isFirst)
    {
        if (isFirst)
        {
            Current();
            Skip();
        }

        var current = Current();
        if (current is not FlowMappingEnd)
        {
            if (!isFirst)
            {
                if (current is FlowEntry)
                {
                    Skip();
                    current = Current();
                }
                else if (current is not Scalar)
                {
                    throw Error(current, "While parsing a flow mapping,  did not find expected ',' or '}'.");
                }
            }

            if (current is Key)
            {
                Skip();
                current = Current();
                if (current is not (Value or FlowEntry or FlowMappingEnd))
                {
                    _states.Push(State.FlowMappingValue);
                    return Node(isBlock: false, isIndentlessSequence: false);
                }

                _state = State.FlowMappingValue;
                return Empty(current?.Start ?? Mark.Empty);
            }

            if (current is Scalar)
            {
                _states.Push(State.FlowMappingValue);
                return Node(isBlock: false, isIndentlessSequence: false);
            }

            if (current is not FlowMappingEnd)
            {
                _states.Push(State.FlowMappingEmptyValue);
                return Node(isBlock: false, isIndentlessSequence: false);
            }
        }

        _state = _states.Pop();
        Skip();
        return new YamlEvent(YamlEventKind.MappingEnd, current?.Start ?? Mark.Empty);
    }

    private YamlEvent FlowMappingValue(bool isEmpty)
    {
        var current = Current();
        if (!isEmpty && current is Value)
        {
            Skip();
            current = Current();
            if (current is not (FlowEntry or FlowMappingEnd))
            {
                _states.Push(State.FlowMappingKey);
                return Node(isBlock: false, isIndentlessSequence: false);
            }
        }

        _state = State.FlowMappingKey;
        if (!isEmpty && current is Scalar scalar)
        {
            Skip();
            return new YamlEvent(YamlEventKind.Scalar, current.Start, scalar.Value, scalar.Style == ScalarStyle.Plain);
        }

        return Empty(current?.Start ?? Mark.Empty);
    }
}
