namespace Broadsheet.Load;

/// <summary>A single value of front matter, as YAML read it (quotes removed, escapes resolved).</summary>
/// <param name="Plain">Written without quotes: only then do <c>~</c> and <c>null</c> mean no value.</param>
public sealed record FrontMatterScalar(string Value, bool Plain, int Line, int Column) : FrontMatterNode(Line, Column);
