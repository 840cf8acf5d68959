using Broadsheet.Common;

namespace Broadsheet.Load;

/// <summary>One content file as read from disk: its paths and its text with line endings made <c>\n</c>.</summary>
/// <param name="DisplayPath">The path as messages show it: relative to the working folder, with '/'.</param>
/// <param name="SitePath">The path inside the source folder, with '/', e.g. <c>articles/2014/10/x.md</c>.</param>
public sealed record SourceFile(string DisplayPath, string SitePath, string Text)
{
    /// <summary>Where the file is on disk, so its body can be read again (<see cref="BodyReader"/>); null for text that has no file.</summary>
    public string? FullPath { get; init; }
}
