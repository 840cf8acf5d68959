using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>An audio edition under static/ (<c>audio:</c> on an issue or an article), with its media type.</summary>
/// <param name="Path">The file's path below static/, which is also its path in the site.</param>
/// <param name="MediaType">What browsers and feed readers are told it is: <c>audio/mpeg</c>, <c>audio/ogg; codecs=opus</c>…</param>
/// <param name="Format">Its format as readers know it: "MP3", "Opus"…</param>
/// <param name="Location">Where the front matter names it.</param>
public sealed record AudioFile(string Path, string MediaType, string Format, SourceLocation Location)
{
    /// <summary>The formats every current browser plays, by extension. Ogg Opus is <c>audio/ogg; codecs=opus</c> (RFC 7845); <c>audio/opus</c> is Opus in RTP.</summary>
    public static readonly IReadOnlyDictionary<string, (string MediaType, string Format)> Formats = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = ("audio/mpeg", "MP3"),
        [".m4a"] = ("audio/mp4", "M4A"),
        [".ogg"] = ("audio/ogg", "Ogg"),
        [".oga"] = ("audio/ogg", "Ogg"),
        [".opus"] = ("audio/ogg; codecs=opus", "Opus"),
    };
}
