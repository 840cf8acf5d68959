namespace Broadsheet.Diagnostics;

/// <summary>
/// Warnings about a page published in spite of them (a broken link with <c>link_check: warn</c>, HTML repaired), which
/// name the page at the end of their message: an incremental build renders that page again rather than keep it, so that
/// its warnings are given again, as in a clean build.
/// </summary>
public static class PageWarnings
{
    private const string Start = " (on ";

    /// <summary>The end of such a warning's message: the page, and what was done about it.</summary>
    public static string On(string page, string what) => $"{Start}{page}; {what})";

    /// <summary>The output path of the page a warning was given for; null for a diagnostic of another kind.</summary>
    public static string? PageOf(Diagnostic diagnostic)
    {
        var message = diagnostic.Message;
        if (diagnostic.Severity != Severity.Warning || !message.EndsWith(')'))
        {
            return null;
        }

        var start = message.LastIndexOf(Start, StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf("; ", start, StringComparison.Ordinal);
        return end < 0 ? null : message[(start + Start.Length)..end];
    }
}
