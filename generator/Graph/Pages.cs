namespace Broadsheet.Graph;

/// <summary>One page of the site: what it shows and where it is written.</summary>
public abstract record Page(string OutputPath);

/// <summary>The page of one article.</summary>
public sealed record ArticlePage(string OutputPath, ArticleNode Article) : Page(OutputPath);

/// <summary>The contents of one issue, grouped by section.</summary>
public sealed record IssuePage(string OutputPath, IssueNode Issue) : Page(OutputPath);

/// <summary>One page of a topic's articles, newest first.</summary>
public sealed record TopicPage(string OutputPath, TopicNode Topic, Paging Paging, IReadOnlyList<ArticleNode> Articles) : Page(OutputPath);

/// <summary>One page of an author's articles, newest first.</summary>
public sealed record AuthorPage(string OutputPath, AuthorNode Author, Paging Paging, IReadOnlyList<ArticleNode> Articles) : Page(OutputPath);

/// <summary>The articles of one month, grouped by issue.</summary>
public sealed record MonthPage(string OutputPath, MonthNode Month) : Page(OutputPath);

/// <summary>The months of one year, with their issues and counts.</summary>
public sealed record YearPage(string OutputPath, YearNode Year) : Page(OutputPath);

/// <summary>The titles under one initial of the A–Z listing, when the listing is split by letter.</summary>
public sealed record LetterPage(string OutputPath, LetterNode Letter) : Page(OutputPath);

/// <summary>A page of the paper's own (About, Contact), at the site's root; in no list of the archive.</summary>
public sealed record PaperPageOutput(string OutputPath, Model.PaperPage Content) : Page(OutputPath);

/// <summary>The front page: the latest issue, the latest articles, and the ways into the archive.</summary>
public sealed record HomePage(string OutputPath) : Page(OutputPath);

/// <summary>Every issue, newest first, grouped by year.</summary>
public sealed record IssuesIndexPage(string OutputPath) : Page(OutputPath);

/// <summary>Every topic A–Z with its article count.</summary>
public sealed record TopicsIndexPage(string OutputPath) : Page(OutputPath);

/// <summary>Every author A–Z with their article count.</summary>
public sealed record AuthorsIndexPage(string OutputPath) : Page(OutputPath);

/// <summary>Every year and month with its article count.</summary>
public sealed record ArchiveIndexPage(string OutputPath) : Page(OutputPath);

/// <summary>The A–Z listing: every title by initial, or the initials with links to their pages when split.</summary>
public sealed record AzIndexPage(string OutputPath) : Page(OutputPath);

/// <summary>A legacy URL of an article: a page that sends readers and search engines on to the article.</summary>
public sealed record RedirectPage(string OutputPath, ArticleNode Target) : Page(OutputPath);

/// <summary>The search page: a query from its address (<c>search.html?q=…</c>), answered in the browser from the index under <c>search/</c>.</summary>
public sealed record SearchPage(string OutputPath) : Page(OutputPath);

/// <summary>The page a server shows for an address it does not have; only ever served, so it links from the site root.</summary>
public sealed record NotFoundPage(string OutputPath) : Page(OutputPath);
