using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>What the checker read from one page: the ids it defines and the internal references it makes.</summary>
public sealed record PageLinks(string OutputPath, ISet<string> Ids, IReadOnlyList<PageLinks.Reference> References)
{
    /// <summary>One <c>href</c>, <c>src</c> or <c>srcset</c> entry, and where it is in the page.</summary>
    public sealed record Reference(string Url, SourceLocation Location);
}
