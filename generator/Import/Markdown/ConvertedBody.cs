namespace Broadsheet.Import.Markdown;

/// <summary>
/// An HTML body converted to Markdown, with what the converter could not do faithfully (each a note for the report)
/// and the images and links it holds, counted for the fidelity check.
/// </summary>
public sealed record ConvertedBody(string Markdown, IReadOnlyList<string> Notes, int Images, int Links);
