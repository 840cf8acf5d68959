namespace Broadsheet.Load;

/// <summary>
/// A node of parsed front matter — a value, a list or a set of keys — with the file position it starts at. Our own
/// rather than YamlDotNet's, so that a parse can be kept in the <see cref="SourceCache"/> and read back without YAML.
/// </summary>
/// <param name="Line">The 1-based line of the file (not of the YAML) the node starts on.</param>
/// <param name="Column">The 1-based column the node starts at.</param>
public abstract record FrontMatterNode(int Line, int Column);
