using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Scriban.Runtime;

namespace Broadsheet.Tests.Render;

/// <summary>What a template can read of a view, as Scriban finds it.</summary>
public static class ViewMembers
{
    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, MemberInfo[]> Members = new();

    /// <summary>The members Scriban lets a template read: public instance properties with a getter, and public instance fields.</summary>
    public static IReadOnlyList<MemberInfo> Visible(Type type) => Members.GetOrAdd(type, Find);

    public static object? Read(MemberInfo member, object target) =>
        member is PropertyInfo property ? property.GetValue(target) : ((FieldInfo)member).GetValue(target);

    /// <summary>
    /// What a template sees of a value, written out in full: every member it can read, recursively, with the values made
    /// only when printed (a summary, a body's HTML) made.
    /// </summary>
    public static string Seen(object? value, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"a view nests more than {MaxDepth} deep; is there a cycle?");
        }

        return value switch
        {
            null => "null",
            string text => $"\"{text}\"",
            Delegate produce when produce.Method.GetParameters().Length == 0 => "() => " + Seen(produce.DynamicInvoke(), depth + 1),
            bool or Enum or IFormattable => $"{value.GetType().Name}:{string.Format(CultureInfo.InvariantCulture, "{0}", value)}",
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(i => Seen(i, depth + 1))) + "]",
            _ => "{" + string.Join(", ", Visible(value.GetType()).Select(m => $"{m.Name}: {Seen(Read(m, value), depth + 1)}")) + "}",
        };
    }

    private static MemberInfo[] Find(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Cast<MemberInfo>()
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => !m.IsDefined(typeof(ScriptMemberIgnoreAttribute)))
            .OrderBy(m => m.MetadataToken)
            .ToArray();
}
