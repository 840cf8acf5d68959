using YamlDotNet.RepresentationModel;

namespace Broadsheet.Load;

/// <summary>A content file split into its parsed front matter and its Markdown body.</summary>
/// <param name="FrontMatterLine">The file line on which the YAML's first line sits (1-based).</param>
/// <param name="BodyLine">The file line on which the body starts (1-based).</param>
public sealed record ContentDocument(
    SourceFile File,
    YamlMappingNode FrontMatter,
    int FrontMatterLine,
    string Body,
    int BodyLine);
