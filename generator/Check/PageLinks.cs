using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>What the checker read from one page: the ids it defines and the internal references it makes.</summary>
/// <param name="DisplayPath">The page's path as messages show it.</param>
public sealed record PageLinks(string OutputPath, string DisplayPath, IReadOnlySet<string> Ids, IReadOnlyList<PageLinks.Reference> References)
{
    /// <summary>Where <paramref name="reference"/> is, for a message.</summary>
    public SourceLocation LocationOf(Reference reference) => new(DisplayPath, reference.Line, reference.Column);

    /// <summary>One <c>href</c>, <c>src</c> or <c>srcset</c> entry, and the 1-based line and column of its tag in the page.</summary>
    public readonly record struct Reference(string Url, int Line, int Column);
}
