using Broadsheet.Graph;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>The view of the search page.</summary>
public sealed partial class ViewBuilder
{
    public SearchView Search(Page page) => new(
        RelativeUrl.Between(page.OutputPath, "assets/search.js"),
        RelativeUrl.Between(page.OutputPath, OutputPath.SearchIndex),
        graph.ArticlesNewestFirst.Count,
        graph.Site.Sections.Select(s => new OptionView(s.Id, s.Title)).ToList(),
        graph.Topics.Select(t => new OptionView(t.Topic.Id, t.Topic.Title)).ToList(),
        graph.Authors.Select(a => new OptionView(a.Author.Id, a.Author.Name)).ToList(),
        graph.ArticlesNewestFirst.Select(a => a.Article.Date.Year).Distinct().Order().ToList(),
        new RawHtml(strings.ScriptJson("search_script_")));
}
