using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Cli.Scaffold;

/// <summary>
/// The ids an archive already has, loaded with the Load and Model stages, so that <c>broadsheet new</c> refers only to
/// issues, sections and topics that exist, and suggests the nearest one when a name is mistyped.
/// </summary>
public sealed class ArchiveIndex
{
    private readonly ArchiveModel _model;
    private readonly SourceSet _sources;

    private ArchiveIndex(string source, ArchiveModel model, SourceSet sources)
    {
        Source = source;
        _model = model;
        _sources = sources;
    }

    public string Source { get; }

    public Site Site => _model.Site;

    public IReadOnlyList<Issue> Issues => _model.Issues;

    /// <summary>Loads the archive in <paramref name="source"/>; throws <see cref="BuildFailedException"/> when it has no valid site.yml.</summary>
    public static ArchiveIndex Load(string source)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new ContentLoader(diagnostics).Load(source);
        var model = new ArchiveModelBuilder(diagnostics, includeDrafts: true).Build(sources);
        if (model is null)
        {
            // Without a valid site.yml every article's section is "unknown": only the errors of site.yml itself say what to fix.
            var siteFiles = new[] { source, Path.Combine(source, "site.yml") }.Select(p => DisplayPath.Of(Path.GetFullPath(p))).ToHashSet(StringComparer.Ordinal);
            throw new BuildFailedException(diagnostics.Sorted().Where(d => siteFiles.Contains(d.Location.Path)).ToList());
        }

        return new ArchiveIndex(source, model, sources);
    }

    public Issue Issue(string id) =>
        _model.Issues.FirstOrDefault(i => i.Id == id)
        ?? throw Unknown("issue", id, _model.Issues.Select(i => i.Id), _sources.Issues);

    public Section Section(string id) =>
        _model.Site.Sections.FirstOrDefault(s => s.Id == id)
        ?? throw Unknown("section", id, _model.Site.Sections.Select(s => s.Id), []);

    public Topic Topic(string id) =>
        _model.Topics.FirstOrDefault(t => t.Id == id)
        ?? throw Unknown("topic", id, _model.Topics.Select(t => t.Id), _sources.Topics);

    /// <summary>Whether an article of the archive is written to <paramref name="page"/> (an output path).</summary>
    public bool HasArticleAt(string page) => _model.Articles.Any(a => string.Equals(_model.Site.ArticlePath.Of(a), page, StringComparison.OrdinalIgnoreCase));

    public bool HasTopicFile(string id) => _sources.Topics.Any(f => Ids.FromFileName(f.SitePath) == id);

    /// <summary>A known author whose name is close to, but not, <paramref name="name"/>: likely the one meant.</summary>
    public string? SimilarAuthor(string name)
    {
        var known = _model.Authors.Select(a => a.Name)
            .Concat(_model.Articles.SelectMany(a => a.Authors).Select(a => a.Name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return known.Contains(name, StringComparer.Ordinal) ? null : Suggest.Nearest(name, known);
    }

    private CommandFailedException Unknown(string kind, string id, IEnumerable<string> known, IReadOnlyList<ParsedSource> files)
    {
        // A file that exists but did not validate is not "unknown": its own errors are what to fix.
        if (files.FirstOrDefault(f => Ids.FromFileName(f.SitePath) == id) is { } broken)
        {
            return new CommandFailedException($"{kind} '{id}' in {broken.DisplayPath} has errors; run 'broadsheet build --source {Source}' to see them", ExitCode.ContentErrors);
        }

        var hint = Suggest.Hint(id, known);
        var where = kind == "section" ? $"{Source}/site.yml" : $"{Source}/{kind}s/";
        return new CommandFailedException($"unknown {kind} '{id}'{(hint.Length > 0 ? hint : $"; there is no such {kind} in {where}")}", ExitCode.Usage);
    }
}
