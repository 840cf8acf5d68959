using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Broadsheet.Common;

/// <summary>
/// The fingerprint of everything a template can see: the views are plain records, lists and strings, so walking
/// their public properties covers every value a page can print. Two equal fingerprints mean the same page, given
/// the same templates; a build compares them to skip rendering a page whose inputs did not change.
/// </summary>
public static class ViewFingerprint
{
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Adds a view (and everything it holds) to the fingerprint.</summary>
    public static Fingerprint AddView(this Fingerprint fingerprint, object? view)
    {
        Walk(fingerprint, view, 0);
        return fingerprint;
    }

    private static void Walk(Fingerprint fingerprint, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("a view nests more than 64 levels deep; is there a cycle?");
        }

        switch (value)
        {
            case null:
                fingerprint.Mark('n');
                break;
            case string text:
                fingerprint.Add(text);
                break;
            case Model.MarkdownText markdown when fingerprint.Markdown == MarkdownMode.Place:
                fingerprint.Uses(markdown).Mark('M').Add(markdown.Source).Add(markdown.FirstLine).Mark(markdown.IsEmpty ? 'e' : 'c');
                break;
            case Model.MarkdownText markdown:
                // By its hash: the text itself may have been let go, and would be read from its file again.
                fingerprint.Uses(markdown).Mark('m').Add(markdown.Hash).Add(markdown.Source).Add(markdown.FirstLine);
                break;
            case IFingerprinted stands:
                fingerprint.Mark('f');
                stands.AddTo(fingerprint);
                break;
            case bool flag:
                fingerprint.Mark(flag ? 't' : 'F');
                break;
            case Enum named:
                fingerprint.Mark('e').Add(named.ToString());
                break;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal or DateOnly or DateTime or DateTimeOffset:
                fingerprint.Mark('p').AddInvariant(number);
                break;
            case ITuple tuple:
                fingerprint.Mark('(').Add(tuple.Length);
                for (var i = 0; i < tuple.Length; i++)
                {
                    Walk(fingerprint, tuple[i], depth + 1);
                }

                break;
            case IEnumerable items:
                fingerprint.Mark('[');
                foreach (var item in items)
                {
                    Walk(fingerprint, item, depth + 1);
                }

                fingerprint.Mark(']');
                break;
            default:
                var type = value.GetType();
                fingerprint.Mark('{').Add(type.FullName);
                foreach (var property in Properties.GetOrAdd(type, PublicProperties))
                {
                    Walk(fingerprint, property.GetValue(value), depth + 1);
                }

                fingerprint.Mark('}');
                break;
        }
    }

    /// <summary>
    /// Public instance properties in declaration order (metadata order is stable for a given build of the views), but for
    /// those kept for messages only (<see cref="MessagesOnlyAttribute"/>); none of a type kept for messages only.
    /// </summary>
    private static PropertyInfo[] PublicProperties(Type type) =>
        type.IsDefined(typeof(MessagesOnlyAttribute), inherit: false)
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && !p.IsDefined(typeof(MessagesOnlyAttribute), inherit: false))
                .OrderBy(p => p.MetadataToken)
                .ToArray();
}
