namespace Broadsheet.Load;

/// <summary>A file's size and time of last change: what says, without reading it, that a file is as it was.</summary>
public readonly record struct FileStamp(long Size, long WriteTicks);
