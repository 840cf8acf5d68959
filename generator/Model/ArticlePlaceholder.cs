using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>The note <c>broadsheet new article</c> leaves where the body goes: a warning while it is all there is, and never published.</summary>
public static class ArticlePlaceholder
{
    public const string Comment = "<!-- Write the article here in Markdown. Its first paragraph is its summary in lists of articles. -->";

    private static readonly BodyHash[] Bodies = [BodyDigest.HashOf(Comment + "\n"), BodyDigest.HashOf(Comment), BodyDigest.HashOf(Comment + "\r\n")];

    /// <summary>Whether the body is the note alone, as <c>new</c> wrote it.</summary>
    public static bool IsAllOf(BodyDigest body) => Bodies.Contains(body.Hash);
}
