using YamlDotNet.Core.Events;

namespace Broadsheet.Load;

/// <summary>
/// Front matter is plain data: YAML's anchors, aliases and tags are refused (they let a few lines expand into
/// huge documents or name .NET types), and so is nesting deeper than any front matter needs.
/// </summary>
public static class YamlRestrictions
{
    public const int MaxDepth = 32;

    /// <summary>What is wrong with this event, if anything; <paramref name="depth"/> tracks the nesting as events go by.</summary>
    public static string? Check(ParsingEvent current, ref int depth)
    {
        switch (current)
        {
            case AnchorAlias alias:
                return $"YAML aliases (*{alias.Value}) are not allowed in front matter; write the value out";
            case NodeEvent { Anchor.IsEmpty: false } node:
                return $"YAML anchors (&{node.Anchor}) are not allowed in front matter; write the value out";
            case NodeEvent { Tag.IsEmpty: false } node when node.Tag.Value is not ("!" or "?"):
                // The parser reports the non-specific tag "!" for quoted scalars; only tags the writer spelt out are refused.
                return $"YAML tags ({node.Tag}) are not allowed in front matter; remove the tag";
            case MappingStart or SequenceStart:
                depth++;
                return depth > MaxDepth ? $"the front matter is nested more than {MaxDepth} levels deep" : null;
            case MappingEnd or SequenceEnd:
                depth--;
                return null;
            default:
                return null;
        }
    }
}
