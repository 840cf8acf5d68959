using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Broadsheet.Load;

/// <summary>
/// Front matter is plain data: YAML's anchors, aliases and tags are refused (they let a few lines expand into
/// huge documents or name .NET types), and so is nesting deeper than any front matter needs.
/// </summary>
public static class YamlRestrictions
{
    public const int MaxDepth = 32;

    /// <summary>The first construct front matter may not use, with where it is; null when the YAML is plain data.</summary>
    /// <exception cref="YamlException">The YAML does not parse; its position is in the exception.</exception>
    public static (Mark Start, string Problem)? FindViolation(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return (alias.Start, $"YAML aliases (*{alias.Value}) are not allowed in front matter; write the value out");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    return (node.Start, $"YAML anchors (&{node.Anchor}) are not allowed in front matter; write the value out");
                case NodeEvent { Tag.IsEmpty: false } node when !IsImplicitTag(node):
                    return (node.Start, $"YAML tags ({node.Tag}) are not allowed in front matter; remove the tag");
                case MappingStart or SequenceStart:
                    depth++;
                    if (depth > MaxDepth)
                    {
                        return (parser.Current.Start, $"the front matter is nested more than {MaxDepth} levels deep");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    // The parser reports the non-specific tag "!" for quoted scalars; only tags the writer spelt out are refused.
    private static bool IsImplicitTag(NodeEvent node) => node.Tag.Value is "!" or "?";
}
