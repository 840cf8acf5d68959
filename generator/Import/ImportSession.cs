using System.Globalization;
using Broadsheet.Import.Markdown;
using Broadsheet.Import.Writing;
using Broadsheet.Model;

namespace Broadsheet.Import;

/// <summary>
/// What every importer shares: articles written as they come (so a long import holds one at a time), and the topics,
/// authors, issues, aliases and old addresses gathered on the way, written at the end with site.yml, the URL map,
/// the redirects and the report.
/// </summary>
public sealed partial class ImportSession(ImportOptions options, ImportWriter writer, ImportLog log, IImportProgress progress)
{
    /// <summary>Folders where the build makes pages named by ids, and files it makes at the root: an alias there could collide with a page.</summary>
    private static readonly HashSet<string> GeneratedRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "articles", "issues", "topics", "authors", "a-z", "search", "assets", "index.html", "404.html",
        "search.html", "feed.xml", "sitemap.xml", "robots.txt",
    };

    private readonly SortedDictionary<string, ImportedTopic> _topics = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _authors = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ImportedIssue> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly List<(string OldUrl, string NewPath)> _urlMap = [];
    private readonly Lock _lock = new();

    public ImportOptions Options => options;

    public ImportLog Log => log;

    public ImportWriter Writer => writer;

    public IImportProgress Progress => progress;

    public void AddTopic(ImportedTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        lock (_lock)
        {
            _topics.TryAdd(topic.Id, topic);
        }
    }

    public void AddIssue(ImportedIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        lock (_lock)
        {
            if (!_issues.TryGetValue(issue.Id, out var known) || (known.Number is null && issue.Number is not null))
            {
                _issues[issue.Id] = issue;
            }
        }
    }

    public int IssueCount => _issues.Count;

    /// <summary>Checks, writes and records one article; its aliases are those no article before it claimed.</summary>
    public void AddArticle(ImportedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var aliases = new List<string>();
        lock (_lock)
        {
            foreach (var alias in ContentFiles.Aliases(article.OldUrls))
            {
                var output = LegacyUrl.OutputPathOf(alias, out _)!;
                if (GeneratedRoots.Contains(output.Split('/')[0]) || ArchivePage().IsMatch(output))
                {
                    log.Warn(article.Origin, $"old address {alias} is where the new site has its own pages; left out of aliases");
                }
                else if (_aliases.TryGetValue(output, out var owner))
                {
                    log.Warn(article.Origin, $"old address {alias} is also an address of {owner}; it stays with that one");
                }
                else
                {
                    _aliases[output] = article.SitePath;
                    aliases.Add(alias);
                }
            }

            foreach (var name in article.Authors)
            {
                var id = Ids.Slugify(name);
                if (id.Length > 0 && Ids.IsValid(id))
                {
                    _authors.TryAdd(id, name);
                }
            }

            var page = ArticlePaths.PagePath(article.SitePath);
            foreach (var url in article.OldUrls.Distinct(StringComparer.Ordinal))
            {
                _urlMap.Add((url, page));
            }
        }

        var kept = article.OldUrls.Where(u => OldUrl.AliasOf(u) is not { } a || aliases.Contains(a)).ToList();
        var written = article with { OldUrls = kept };
        log.Check(FidelityChecker.Check(written));
        writer.WriteText(written.SitePath, ContentFiles.Article(written));
        log.Count(article.Draft ? "articles (drafts)" : "articles");
        progress.ArticleDone();
    }

    /// <summary>Writes the topics, authors, issues, site.yml, redirects, URL map, manifest and report; returns the summary line.</summary>
    public string Finish(ImportedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var topic in _topics.Values)
        {
            writer.WriteText($"topics/{topic.Id}.md", ContentFiles.Topic(topic));
        }

        foreach (var (id, name) in _authors)
        {
            writer.WriteText($"authors/{id}.md", ContentFiles.Author(name));
        }

        WriteIssues();
        writer.WriteText("site.yml", ContentFiles.Site(site));
        if (options.Redirects is { } kind)
        {
            var (inStatic, name) = RedirectWriter.FileOf(kind);
            var text = RedirectWriter.Write(kind, _urlMap);
            if (inStatic)
            {
                writer.WriteText(name, text);
            }
            else
            {
                writer.WriteBeside(name, text);
            }
        }

        writer.WriteBeside("import-url-map.csv", UrlMapWriter.Csv(_urlMap));
        var articles = log.CountOf("articles") + log.CountOf("articles (drafts)");
        var warnings = log.Warnings.Count;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"imported {articles:N0} articles, {_issues.Count:N0} issues, {_topics.Count:N0} topics, {_authors.Count:N0} authors; {warnings:N0} warnings");
        writer.WriteBeside("import-report.md", ImportReportWriter.Write(options, log, summary));
        writer.Finish();
        return summary;
    }

    /// <summary>Issues keep the numbers the pages gave; the others are numbered on from the highest, in date order.</summary>
    private void WriteIssues()
    {
        var given = _issues.Values.Select(i => i.Number).OfType<int>().ToList();
        var next = given.Count == 0 ? 1 : given.Max() + 1;
        var taken = new HashSet<int>();
        foreach (var issue in _issues.Values)
        {
            var number = issue.Number is { } n && taken.Add(n) ? n : next++;
            if (issue.Number is { } wanted && wanted != number)
            {
                log.Warn($"issues/{issue.Id}.md", $"issue number {wanted} is also another issue's; this one is numbered {number}");
            }

            taken.Add(number);
            writer.WriteText($"issues/{issue.Id}.md", ContentFiles.Issue(issue, number));
        }
    }

    /// <summary>The archive pages the build makes: <c>archive/index.html</c>, <c>archive/2014.html</c>, <c>archive/2014/10.html</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^archive/(index\.html|\d{4}\.html|\d{4}/\d{2}\.html)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ArchivePage();
}
