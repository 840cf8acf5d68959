using System.Reflection;
using Broadsheet.Common;
using Broadsheet.Model;

namespace Broadsheet.Tests.Render;

/// <summary>
/// Views made from one constructor with their inputs changed one at a time (from the usual values, and from the usual values
/// with one other input changed, so that e.g. a missing key is tried too), compared by fingerprint and by what a template sees.
/// </summary>
public sealed class ViewVariations(Type type, ConstructorInfo constructor, IReadOnlyList<ViewInput> inputs)
{
    private const int MaxShown = 160;

    /// <summary>The modes pages are fingerprinted in; <see cref="MarkdownMode.Place"/> leaves prose out on purpose and is for the model.</summary>
    private static readonly MarkdownMode[] Modes = [MarkdownMode.Content, MarkdownMode.ContentAndSource];

    private readonly Dictionary<string, Look> _looks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    private string Name => type.GetConstructors().Length == 1
        ? type.Name
        : $"{type.Name}({string.Join(", ", constructor.GetParameters().Select(p => p.Name))})";

    /// <summary>Adds what is wrong to <paramref name="problems"/>, and the members a template can read that changed to <paramref name="changed"/>.</summary>
    public void Check(List<string> problems, HashSet<string> changed)
    {
        var usual = new int[inputs.Count];
        var bases = new List<(int[] Choice, int Changed, string Note)> { (usual, -1, "") };
        for (var other = 0; other < inputs.Count; other++)
        {
            for (var value = 1; value < inputs[other].Values.Count; value++)
            {
                var choice = (int[])usual.Clone();
                choice[other] = value;
                bases.Add((choice, other, $", with {inputs[other].Name} = {inputs[other].Show(value)}"));
            }
        }

        for (var input = 0; input < inputs.Count; input++)
        {
            foreach (var (choice, other, note) in bases.Where(b => b.Changed != input))
            {
                for (var from = 0; from < inputs[input].Values.Count; from++)
                {
                    for (var to = from + 1; to < inputs[input].Values.Count; to++)
                    {
                        Compare(inputs[input], With(choice, input, from), With(choice, input, to), $"{inputs[input].Show(from)} -> {inputs[input].Show(to)}{note}", changed);
                    }
                }
            }
        }

        CheckFields();
        problems.AddRange(_problems.Values);
    }

    /// <summary>
    /// Sets each public field of the usual view, read-only or not, to each other sample value: templates read fields as they
    /// read properties, so the fingerprint must count them even where no input changes them alone.
    /// </summary>
    private void CheckFields()
    {
        var context = new NullabilityInfoContext();
        foreach (var field in ViewMembers.Visible(type).OfType<FieldInfo>())
        {
            foreach (var value in ViewSamples.Of(field.FieldType, context.Create(field)))
            {
                var view = Build(new int[inputs.Count]);
                var (before, old) = (LookAt(view), field.GetValue(view));
                field.SetValue(view, value);
                var after = LookAt(view);
                if (before.Seen[field.Name] != after.Seen[field.Name] && Modes.Where((_, i) => before.Fingerprints[i] == after.Fingerprints[i]).Any())
                {
                    _problems.TryAdd(
                        $"{field.Name}/field",
                        $"{Name}.{field.Name}: a public field, which a template can read; setting it ({ViewSamples.Show(old)} -> {ViewSamples.Show(value)}) " +
                        "does not change the fingerprint; make it a property, or teach ViewFingerprint to read fields");
                }
            }
        }
    }

    private static int[] With(int[] choice, int input, int value)
    {
        var changed = (int[])choice.Clone();
        changed[input] = value;
        return changed;
    }

    private void Compare(ViewInput input, int[] from, int[] to, string change, HashSet<string> changed)
    {
        var (before, after) = (Make(from), Make(to));
        foreach (var (member, seen) in before.Seen.Where(m => m.Value != after.Seen[m.Key]))
        {
            changed.Add(member);
            var same = Modes.Where((_, i) => before.Fingerprints[i] == after.Fingerprints[i]).ToList();
            if (same.Count > 0)
            {
                _problems.TryAdd(
                    $"{input.Name}/{member}",
                    $"{Name}: changing {input.Name} ({change}) changes what a template sees of {member} " +
                    $"({Short(seen)} -> {Short(after.Seen[member])}) but not the fingerprint ({string.Join(", ", same)})");
            }
        }
    }

    private Look Make(int[] choice)
    {
        var id = string.Join(",", choice);
        if (_looks.TryGetValue(id, out var known))
        {
            return known;
        }

        var view = Build(choice);
        var look = LookAt(view);
        CheckSources(choice, look.Sources);
        _looks.Add(id, look);
        return look;
    }

    private object Build(int[] choice)
    {
        var arguments = new object?[constructor.GetParameters().Length];
        foreach (var (input, value) in inputs.Zip(choice))
        {
            foreach (var (position, argument) in input.Parameters.Zip(input.Values[value]))
            {
                arguments[position] = argument;
            }
        }

        var view = constructor.Invoke(arguments);
        foreach (var (input, value) in inputs.Zip(choice).Where(i => i.First.Member is not null))
        {
            (input.Member as PropertyInfo)?.SetValue(view, input.Values[value][0]);
            (input.Member as FieldInfo)?.SetValue(view, input.Values[value][0]);
        }

        return view;
    }

    private Look LookAt(object view)
    {
        var fingerprints = Modes.Select(mode => new Fingerprint(mode).AddView(view)).ToArray();
        var seen = ViewMembers.Visible(type)
            .ToDictionary(m => m.Name, m => ViewMembers.Seen(ViewMembers.Read(m, view)), StringComparer.Ordinal);
        return new Look([.. fingerprints.Select(f => f.Hex())], fingerprints[Array.IndexOf(Modes, MarkdownMode.ContentAndSource)].Sources, seen);
    }

    private void CheckSources(int[] choice, string[] sources)
    {
        foreach (var (input, markdown) in inputs.Zip(choice).SelectMany(i => i.First.Values[i.Second].OfType<MarkdownText>().Select(m => (i.First, m))))
        {
            if (!sources.Contains(markdown.Source))
            {
                _problems.TryAdd(
                    $"{input.Name}/sources",
                    $"{Name}: the Markdown text given as {input.Name} ({markdown.DisplayPath}) is not in the fingerprint's Sources, " +
                    "so a page could be kept when only that text changed (Fingerprint.Uses notes it)");
            }
        }
    }

    private static string Short(string seen) => seen.Length <= MaxShown ? seen : seen[..MaxShown] + "…";

    private sealed record Look(string[] Fingerprints, string[] Sources, IReadOnlyDictionary<string, string> Seen);
}
