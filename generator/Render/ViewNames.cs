using Scriban.Runtime;

namespace Broadsheet.Render;

/// <summary>Names a view object the way template authors know it: <c>ArticleLinkView</c> is "article link".</summary>
public static class ViewNames
{
    public static string Of(object target)
    {
        if (target is ScriptObject)
        {
            return "object";
        }

        var name = target.GetType().Name;
        name = name.EndsWith("View", StringComparison.Ordinal) ? name[..^4] : name;
        return string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
