namespace Broadsheet.Cache;

/// <summary>One file a build wrote, as the cache remembers it.</summary>
/// <param name="Fingerprint">For a page, the fingerprint of what its templates saw; for an EPUB, of its issue; null for other files.</param>
/// <param name="ContentHash">A hash of the file's bytes.</param>
/// <param name="Size">Its size and last-write time once written, to tell whether someone changed the output since.</param>
public sealed record OutputEntry(string? Fingerprint, string ContentHash, long Size, long WriteTicks);
