namespace Broadsheet.Books;

/// <summary>A file that is not text, ready to be written: its output path and its bytes.</summary>
public sealed record RenderedBinary(string OutputPath, byte[] Bytes);
