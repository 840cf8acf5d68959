namespace Broadsheet.Import.Html;

/// <summary><c>broadsheet import html DIR</c>: saved article pages.</summary>
public sealed class HtmlImporter(ImportSession session)
{
    public ImportedSite Run() => throw new ImportFailedException($"import html is not there yet ({session.Options.Input})");
}
