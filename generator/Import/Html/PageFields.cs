namespace Broadsheet.Import.Html;

/// <summary>What one saved page says about its article, each field noted with where it came from.</summary>
public sealed record PageFields(string File, string UrlPath)
{
    public (string Value, FieldSource Source)? Title { get; set; }

    public (string Value, FieldSource Source)? Subtitle { get; set; }

    public (DateOnly Value, FieldSource Source)? Date { get; set; }

    public (IReadOnlyList<string> Value, FieldSource Source)? Authors { get; set; }

    public (string Value, FieldSource Source)? Section { get; set; }

    public (IReadOnlyList<string> Value, FieldSource Source)? Topics { get; set; }

    public (string Url, string? Caption, FieldSource Source)? Image { get; set; }

    public (ImportedIssue Value, FieldSource Source)? Issue { get; set; }

    public string? Summary { get; set; }

    public string? Canonical { get; set; }

    public string? SiteName { get; set; }
}
