namespace Broadsheet.Import;

/// <summary>What <c>broadsheet import</c> was asked to do, whatever the kind of input.</summary>
/// <param name="Kind">wordpress, html, jekyll, hugo or eleventy.</param>
/// <param name="Input">The export file or the folder to read.</param>
/// <param name="Into">The source folder to write.</param>
public sealed record ImportOptions(string Kind, string Input, string Into)
{
    public bool DryRun { get; init; }

    public bool Force { get; init; }

    /// <summary>netlify, nginx or apache: also write a server redirect file.</summary>
    public string? Redirects { get; init; }

    /// <summary>WordPress: a copy of <c>wp-content/uploads</c>.</summary>
    public string? Uploads { get; init; }

    /// <summary>WordPress: import pages as articles too.</summary>
    public bool Pages { get; init; }

    /// <summary>WordPress: "topics" (the default) or "sections": what categories become.</summary>
    public string Categories { get; init; } = "topics";

    /// <summary>WordPress: a YAML file mapping category nicenames to section ids; the categories it names become sections, the others topics.</summary>
    public string? SectionMap { get; init; }

    /// <summary>WordPress: the site's time zone (an IANA or Windows id), for dates given only in UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>html: a YAML profile of CSS selectors.</summary>
    public string? Profile { get; init; }

    /// <summary>The largest input file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public const long DefaultMaxFileBytes = 2L * 1024 * 1024 * 1024;
}
