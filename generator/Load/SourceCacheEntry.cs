namespace Broadsheet.Load;

/// <summary>
/// What reading and parsing a content file gave, and the stamp the file had when it was read. An entry read back from the
/// cache holds its front matter as bytes, made into nodes only if it is asked for: an article validated before is
/// restored from <see cref="Checked"/> instead.
/// </summary>
public sealed class SourceCacheEntry
{
    private byte[]? _bytes;
    private FrontMatterMapping? _frontMatter;

    public SourceCacheEntry(FileStamp stamp, FrontMatterMapping frontMatter, BodyDigest body)
    {
        Stamp = stamp;
        _frontMatter = frontMatter;
        Body = body;
    }

    private SourceCacheEntry(FileStamp stamp, byte[] frontMatter, BodyDigest body)
    {
        Stamp = stamp;
        _bytes = frontMatter;
        Body = body;
    }

    /// <summary>An entry of the cache file: its front matter as <see cref="FrontMatterBytes"/> made it.</summary>
    public static SourceCacheEntry FromBytes(FileStamp stamp, byte[] frontMatter, BodyDigest body, byte[]? @checked) =>
        new(stamp, frontMatter, body) { Checked = @checked };

    public FileStamp Stamp { get; }

    public BodyDigest Body { get; }

    /// <exception cref="FormatException">The cache file's bytes are damaged (its checksum held, so this is a bug, not a disk's fault).</exception>
    public FrontMatterMapping FrontMatter => _frontMatter ??= FrontMatterBytes.Read(_bytes);

    /// <summary>The front matter as the cache file keeps it (<see cref="FrontMatterBytes"/>).</summary>
    public byte[] RawFrontMatter => _bytes ??= FrontMatterBytes.Of(_frontMatter!);

    /// <summary>What the Model stage made of the article when it last validated it without a word to say: null when it has not, or had.</summary>
    public byte[]? Checked { get; init; }

    /// <summary>The same parse with what validation made of it (null to forget that), held as bytes until the cache file is written.</summary>
    public SourceCacheEntry WithChecked(byte[]? @checked) => new(Stamp, RawFrontMatter, Body) { Checked = @checked };
}
