namespace Broadsheet.Books;

/// <summary>A file that is not text, ready to be written: its output path and its bytes, valid until the next file is made on the same thread.</summary>
public sealed record RenderedBinary(string OutputPath, ReadOnlyMemory<byte> Bytes);
