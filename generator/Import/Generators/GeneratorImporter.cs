namespace Broadsheet.Import.Generators;

/// <summary><c>broadsheet import jekyll|hugo|eleventy DIR</c>: another generator's Markdown.</summary>
public sealed class GeneratorImporter(ImportSession session)
{
    public ImportedSite Run() => throw new ImportFailedException($"import {session.Options.Kind} is not there yet");
}
