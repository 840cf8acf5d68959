namespace Broadsheet.Link;

/// <summary>One page of the site: what it shows and where it is written.</summary>
public abstract record Page(string OutputPath);

/// <summary>The page of one article.</summary>
public sealed record ArticlePage(string OutputPath, ArticleNode Article) : Page(OutputPath);

/// <summary>The contents of one issue, grouped by section.</summary>
public sealed record IssuePage(string OutputPath, IssueNode Issue) : Page(OutputPath);

/// <summary>All articles of one topic, newest first.</summary>
public sealed record TopicPage(string OutputPath, TopicNode Topic) : Page(OutputPath);

/// <summary>The front page: the latest issue, and the ways into the archive.</summary>
public sealed record HomePage(string OutputPath) : Page(OutputPath);

/// <summary>Every issue, newest first, grouped by year.</summary>
public sealed record IssuesIndexPage(string OutputPath) : Page(OutputPath);

/// <summary>Every topic A–Z with its article count.</summary>
public sealed record TopicsIndexPage(string OutputPath) : Page(OutputPath);
