using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>The Model stage: validates every loaded file into typed records and resolves references between them.</summary>
public sealed class ArchiveModelBuilder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _includeDrafts;

    public ArchiveModelBuilder(DiagnosticBag diagnostics, bool includeDrafts)
    {
        _diagnostics = diagnostics;
        _includeDrafts = includeDrafts;
    }

    /// <summary>After <see cref="Build"/>, what each article validated rather than restored leaves for the next build (<see cref="ArticleValidator.Checked"/>).</summary>
    public IReadOnlyDictionary<string, byte[]?> CheckedArticles { get; private set; } = new Dictionary<string, byte[]?>();

    public ArchiveModel? Build(SourceSet sources)
    {
        var site = sources.SiteConfig is null ? null : SiteValidator.Validate(sources.SiteConfig, _diagnostics);
        var staticFiles = sources.StaticFiles.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal);
        var issues = ValidateAll(sources.Issues, f => IssueValidator.Validate(f, staticFiles, _diagnostics));
        var topics = ValidateAll(sources.Topics, f => TitledFileValidator.Validate(f, _diagnostics, (id, title, description, body) => new Topic(id, title, description, body)));
        var authors = ValidateAll(sources.Authors, f => AuthorValidator.Validate(f, staticFiles, _diagnostics));
        var paperPages = ValidateAll(
            sources.PaperPages,
            f => TitledFileValidator.Validate(f, _diagnostics, (id, title, description, body) => new PaperPage(id, title, description, body, f.SitePath, f.DisplayPath)));
        CheckIssueNumbers(sources.Issues, issues);

        var references = new References(
            issues.ToDictionary(i => i.Id, StringComparer.Ordinal),
            (site?.Sections ?? []).ToDictionary(s => s.Id, StringComparer.Ordinal),
            topics.ToDictionary(t => t.Id, StringComparer.Ordinal),
            authors.ToDictionary(a => a.Id, StringComparer.Ordinal),
            staticFiles)
        {
            FailedIssues = Failed(sources.Issues, issues.Select(i => i.Id)),
            FailedTopics = Failed(sources.Topics, topics.Select(t => t.Id)),
            ArticlePaths = sources.Articles.Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal),
        };
        var validator = new ArticleValidator(references, _diagnostics);
        var articles = ParallelMap.Ordered(sources.Articles, validator.Validate)
            .OfType<Article>()
            .Where(a => _includeDrafts || !a.Draft)
            .ToList();
        CheckedArticles = validator.Checked;

        var promos = ValidateAll(sources.Promos, f => PromoValidator.Validate(f, references, _diagnostics));
        site = site is null ? null : MenuSourceLinks.Check(site, articles.Select(a => a.SourcePath).Concat(paperPages.Select(p => p.SourcePath)), _diagnostics);
        return site is null ? null : new ArchiveModel(site, issues, topics, authors, articles, sources.StaticFiles) { Promos = promos, PaperPages = paperPages };
    }

    /// <summary>The ids of the files that did not validate (by file name, as issues and topics are named), with their files.</summary>
    private static Dictionary<string, string> Failed(IReadOnlyList<ParsedSource> files, IEnumerable<string> valid)
    {
        var validIds = valid.ToHashSet(StringComparer.Ordinal);
        return files
            .Select(f => (Id: Ids.FromFileName(f.SitePath), f.DisplayPath))
            .Where(f => !validIds.Contains(f.Id))
            .DistinctBy(f => f.Id)
            .ToDictionary(f => f.Id, f => f.DisplayPath, StringComparer.Ordinal);
    }

    /// <summary>Each file parsed and validated on all cores (hundreds of issues, topics and authors, each with its YAML); the valid ones in the files' order.</summary>
    private static List<T> ValidateAll<T>(IReadOnlyList<ParsedSource> files, Func<ParsedSource, T?> validate)
        where T : class =>
        ParallelMap.Ordered(files, validate).OfType<T>().ToList();

    private void CheckIssueNumbers(IReadOnlyList<ParsedSource> files, List<Issue> issues)
    {
        foreach (var group in issues.GroupBy(i => i.Number).Where(g => g.Count() > 1))
        {
            var ids = group.Select(i => i.Id).Order(StringComparer.Ordinal).ToList();
            foreach (var id in ids.Skip(1))
            {
                var file = files.First(f => Ids.FromFileName(f.SitePath) == id);
                _diagnostics.Error(
                    SourceLocation.File(file.DisplayPath),
                    $"issue number {group.Key} is also used by issue '{ids[0]}'; each issue needs its own number");
            }
        }
    }
}
