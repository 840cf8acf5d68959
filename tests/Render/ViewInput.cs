using System.Reflection;

namespace Broadsheet.Tests.Render;

/// <summary>
/// One thing a view is made from that a test changes: constructor arguments at <paramref name="Parameters"/> (one, or a value
/// with its key), or a <paramref name="Member"/> set after the view is made; each of <paramref name="Values"/> gives them all.
/// </summary>
public sealed record ViewInput(string Name, int[] Parameters, MemberInfo? Member, IReadOnlyList<object?[]> Values)
{
    public string Show(int choice) => string.Join(" with ", Values[choice].Select(ViewSamples.Show));

    /// <summary>Whether a key says nothing: null, or a delegate that returns null.</summary>
    public static bool IsNone(object? key) => key is null || (key is Delegate produce && produce.DynamicInvoke() is null);
}
