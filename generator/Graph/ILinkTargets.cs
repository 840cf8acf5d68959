namespace Broadsheet.Graph;

/// <summary>What links in a Markdown body may lead to: other articles' pages (by their source files or their old addresses) and static files.</summary>
public interface ILinkTargets
{
    /// <summary>The output path of the article or page of the paper's own written in <paramref name="sourcePath"/> (e.g. <c>articles/2014/10/x.md</c>, <c>pages/about.md</c>), if there is one.</summary>
    string? PageOfSource(string sourcePath);

    /// <summary>Whether <paramref name="path"/> is a file under static/.</summary>
    bool IsStaticFile(string path);

    /// <summary>The photograph at <paramref name="path"/> below static/, with the files made of it; null for any other file.</summary>
    Images.PlannedImage? Image(string path);

    /// <summary>
    /// The output path of the article that has the old address <paramref name="aliasPath"/> (the redirect page's path, like
    /// <c>2014/10/old-slug/index.html</c>) among its aliases, if one has.
    /// </summary>
    string? PageOfAlias(string aliasPath) => null;
}
