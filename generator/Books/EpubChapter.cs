using Broadsheet.Graph;

namespace Broadsheet.Books;

/// <summary>An article of the issue as a chapter of the book: its file there and its body as HTML, links relative to its page on the site.</summary>
public sealed record EpubChapter(ArticleNode Article, string FileName, string BodyHtml)
{
    public string Id => Path.GetFileNameWithoutExtension(FileName);
}
