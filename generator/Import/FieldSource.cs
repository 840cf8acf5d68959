namespace Broadsheet.Import;

/// <summary>Where an imported field's value came from, counted in the report.</summary>
public enum FieldSource
{
    /// <summary>The WordPress export's own element for it.</summary>
    Export,

    /// <summary>Schema.org JSON-LD in the page.</summary>
    JsonLd,

    /// <summary>Open Graph, article:* or Dublin Core meta elements, or a time element.</summary>
    Meta,

    /// <summary>A CSS selector of the profile.</summary>
    Selector,

    /// <summary>The page's title element.</summary>
    TitleElement,

    /// <summary>The front matter of a Markdown file.</summary>
    FrontMatter,

    /// <summary>The file's name or path.</summary>
    FileName,
}
