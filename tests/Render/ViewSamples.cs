using System.Collections;
using System.Globalization;
using System.Reflection;
using Broadsheet.Model;

namespace Broadsheet.Tests.Render;

/// <summary>
/// A few distinct values of each type a view is made from, the first the usual one: strings, numbers, dates, enums,
/// Markdown texts, lists, tuples, delegates that return a value, and views themselves, built from their widest constructor.
/// </summary>
public static class ViewSamples
{
    private const int MaxDepth = 8;

    private static readonly string[] Texts = ["alpha", "beta", ""];

    private static readonly int[] Numbers = [1, 2, 0];

    /// <summary>Distinct values of <paramref name="type"/>; null among them when <paramref name="nullability"/> allows it.</summary>
    public static IReadOnlyList<object?> Of(Type type, NullabilityInfo? nullability, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"views nest more than {MaxDepth} deep while making a {type}; is there a cycle?");
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return [.. Of(underlying, null, depth), null];
        }

        var values = NonNull(type, nullability, depth);
        return !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? [.. values, null] : values;
    }

    /// <summary>A view made from its widest public constructor, every argument its <paramref name="variant"/>th sample (or the last).</summary>
    public static object View(Type type, int variant, int depth = 0)
    {
        var constructor = WidestConstructor(type);
        var context = new NullabilityInfoContext();
        var arguments = constructor.GetParameters()
            .Select(p => Of(p.ParameterType, context.Create(p), depth + 1))
            .Select(values => values[Math.Min(variant, values.Count - 1)])
            .ToArray();
        return constructor.Invoke(arguments);
    }

    /// <summary>How a failure message shows a sample value.</summary>
    public static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        MarkdownText markdown => $"Markdown \"{markdown.Text}\" at {markdown.DisplayPath}:{markdown.FirstLine}",
        Delegate produce when produce.Method.GetParameters().Length == 0 => $"() => {Show(produce.DynamicInvoke())}",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Show))}]",
        _ when value.GetType().Assembly == typeof(MarkdownText).Assembly => $"a {value.GetType().Name}",
        _ => value.ToString() ?? "",
    };

    private static IReadOnlyList<object?> NonNull(Type type, NullabilityInfo? nullability, int depth)
    {
        if (type == typeof(string))
        {
            return Texts;
        }

        if (type == typeof(System.Text.StringBuilder))
        {
            // HTML kept in a builder's chunks (a page's content): told apart by its text, as a string would be.
            return [.. Texts.Select(t => new System.Text.StringBuilder(t))];
        }

        if (type == typeof(bool))
        {
            return [true, false];
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return [.. Numbers.Select(n => Convert.ChangeType(n, type, CultureInfo.InvariantCulture))];
        }

        if (type == typeof(DateOnly))
        {
            return [new DateOnly(2014, 10, 29), new DateOnly(1917, 11, 7)];
        }

        if (type.IsEnum)
        {
            return [.. Enum.GetValues(type).Cast<object>().Distinct()];
        }

        if (type == typeof(MarkdownText))
        {
            // Each part a fingerprint may count: the text, where it sits, and whether it is empty.
            return
            [
                new MarkdownText("Body *one*.\n", "articles/one.md", 5),
                new MarkdownText("Body *two*.\n", "articles/one.md", 5),
                new MarkdownText("Body *one*.\n", "articles/two.md", 5),
                new MarkdownText("Body *one*.\n", "articles/one.md", 6),
                new MarkdownText("", "articles/one.md", 5),
            ];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Func<>))
        {
            var result = type.GetGenericArguments()[0];
            var returning = typeof(ViewSamples).GetMethod(nameof(Returning), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(result);
            return [.. Of(result, nullability?.GenericTypeArguments[0], depth).Select(v => returning.Invoke(null, [v]))];
        }

        if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
        {
            return Tuples(type, nullability, depth);
        }

        if (ElementOf(type) is { } element)
        {
            return Lists(type, element, Of(element, nullability?.ElementType ?? nullability?.GenericTypeArguments.FirstOrDefault(), depth));
        }

        if (type.Assembly == typeof(MarkdownText).Assembly && !type.IsAbstract && !type.IsInterface)
        {
            return [View(type, 0, depth), View(type, 1, depth)];
        }

        throw new NotSupportedException(
            $"no sample values of {type}: teach {nameof(ViewSamples)} to make some, and check that ViewFingerprint tells them apart");
    }

    /// <summary>The element type of the lists views hold (arrays, List, IReadOnlyList, IEnumerable…); null for anything else.</summary>
    public static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var element = type.GetGenericArguments()[0];
        return type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? element : null;
    }

    /// <summary>Two items, the same two swapped, one, and none: a change of any item, of the order or of the count.</summary>
    private static List<object?> Lists(Type type, Type element, IReadOnlyList<object?> items)
    {
        var last = items[Math.Min(1, items.Count - 1)];
        object?[][] lists = [[items[0], last], [last, items[0]], [items[0]], []];
        return [.. lists.Select(list => (object?)MakeList(type, element, list))];
    }

    private static object MakeList(Type type, Type element, object?[] items)
    {
        var list = type.IsArray ? Array.CreateInstance(element, items.Length) : (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        for (var i = 0; i < items.Length; i++)
        {
            if (type.IsArray)
            {
                list[i] = items[i];
            }
            else
            {
                list.Add(items[i]);
            }
        }

        return list;
    }

    /// <summary>The usual tuple, then that tuple with one element changed, for each element and each of its other values.</summary>
    private static List<object?> Tuples(Type type, NullabilityInfo? nullability, int depth)
    {
        var elements = type.GetGenericArguments().Select((t, i) => Of(t, nullability?.GenericTypeArguments[i], depth)).ToArray();
        var usual = elements.Select(values => values[0]).ToArray();
        var tuples = new List<object?> { Activator.CreateInstance(type, usual) };
        for (var i = 0; i < elements.Length; i++)
        {
            foreach (var value in elements[i].Skip(1))
            {
                var changed = (object?[])usual.Clone();
                changed[i] = value;
                tuples.Add(Activator.CreateInstance(type, changed));
            }
        }

        return tuples;
    }

    private static ConstructorInfo WidestConstructor(Type type) =>
        type.GetConstructors().MaxBy(c => c.GetParameters().Length)
        ?? throw new InvalidOperationException($"{type} has no public constructor, so no sample of it can be made");

    private static Func<T> Returning<T>(T value) => () => value;
}
