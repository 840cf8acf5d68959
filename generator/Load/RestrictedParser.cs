using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Broadsheet.Load;

/// <summary>
/// A YAML parser that refuses, as it reads, what front matter may not use: anchors, aliases, tags, and nesting
/// deeper than any front matter needs (see <see cref="YamlRestrictions"/>). The document is read once.
/// </summary>
public sealed class RestrictedParser(string yaml) : IParser
{
    private readonly Parser _inner = new(new StringReader(yaml));
    private int _depth;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        if (YamlRestrictions.Check(_inner.Current!, ref _depth) is { } problem)
        {
            throw new YamlRestrictionException(_inner.Current!.Start, problem);
        }

        return true;
    }
}
