using System.Globalization;
using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>Where each kind of page is written, relative to the output folder.</summary>
public static class OutputPath
{
    public const string Home = "index.html";
    public const string IssuesIndex = "issues/index.html";
    public const string TopicsIndex = "topics/index.html";
    public const string AuthorsIndex = "authors/index.html";
    public const string ArchiveIndex = "archive/index.html";
    public const string AzIndex = "a-z/index.html";
    public const string NotFound = "404.html";
    public const string Search = "search.html";

    /// <summary>The search index's first file, which the search page loads (the rest are beside it).</summary>
    public const string SearchIndex = "search/index.js";

    public static string Of(Issue issue) => $"issues/{issue.Id}.html";

    /// <summary>The EPUB edition of an issue, beside its page.</summary>
    public static string EpubOf(Issue issue) => $"issues/{issue.Id}.epub";

    public static string Of(Topic topic) => $"topics/{topic.Id}.html";

    public static string Of(Author author) => $"authors/{author.Id}.html";

    /// <summary>A page of the paper's own, at the root: <c>pages/about.md</c> is <c>about.html</c>.</summary>
    public static string Of(PaperPage page) => $"{page.Id}.html";

    public static string OfYear(int year) => string.Create(CultureInfo.InvariantCulture, $"archive/{year:D4}.html");

    public static string OfMonth(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"archive/{year:D4}/{month:D2}.html");

    public static string OfLetter(string key) => $"a-z/{key}.html";

    /// <summary>Page <paramref name="number"/> of a list whose first page is <paramref name="first"/>: <c>topics/x.html</c>, then <c>topics/x/2.html</c>.</summary>
    public static string Paged(string first, int number) =>
        number == 1 ? first : string.Create(CultureInfo.InvariantCulture, $"{first[..^".html".Length]}/{number}.html");
}
