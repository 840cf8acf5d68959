namespace Broadsheet.Render.Markdown;

/// <summary>One question a body's links asked of the site while it was converted, and the answer.</summary>
public sealed record LinkQuery(LinkQueryKind Kind, string Argument, string? Answer);

/// <summary>What a <see cref="LinkQuery"/> asks; kept in the cache as one byte.</summary>
public enum LinkQueryKind : byte
{
    /// <summary>Which page is the article of this source file on?</summary>
    PageOfSource = 0,

    /// <summary>Is this a static file?</summary>
    StaticFile = 1,

    /// <summary>Which article's page has this old address among its aliases?</summary>
    PageOfAlias = 2,
}
