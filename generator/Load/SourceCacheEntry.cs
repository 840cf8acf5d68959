namespace Broadsheet.Load;

/// <summary>What reading and parsing an article file gave, and the stamp the file had when it was read.</summary>
public sealed record SourceCacheEntry(FileStamp Stamp, FrontMatterMapping FrontMatter, BodyDigest Body);
