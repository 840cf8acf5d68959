using System.Globalization;

namespace Broadsheet.Import.Wordpress;

/// <summary>Dates: a post's day on the site's own calendar, and the time zone to read UTC dates in.</summary>
public sealed partial class WordpressImporter
{
    /// <summary>
    /// The post's date on the site's calendar: <c>post_date</c> is already local, so its day is taken as it is; only
    /// when it is zero is <c>post_date_gmt</c> (or <c>pubDate</c>) turned into the site's time zone.
    /// </summary>
    private DateOnly? DateOf(WxrItem item, bool warn)
    {
        if (Local(item.PostDate) is { } local)
        {
            return DateOnly.FromDateTime(local);
        }

        if (warn)
        {
            _log.Warn(Origin(item), $"'{Text(item.Title)}' has a zero date ({item.PostDate ?? "none"}); dated from {(Local(item.PostDateGmt) is null ? "pubDate" : "post_date_gmt")} in the site's time zone");
        }

        if (Local(item.PostDateGmt) is { } utc)
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));
        }

        if (DateTimeOffset.TryParse(item.PubDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published) && published.Year > 1)
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(published, _zone).DateTime);
        }

        return null;
    }

    private static bool IsDraft(WxrItem item) => item.Status is "draft" or "pending" or "private" or "future";

    private static DateTime? Local(string? text) =>
        text is { Length: >= 10 } && !text.StartsWith("0000", StringComparison.Ordinal)
        && DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;

    private static TimeZoneInfo ZoneOf(string? id)
    {
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ImportFailedException($"--timezone '{id}' is not a time zone; give an IANA name like Europe/London");
        }
        catch (InvalidTimeZoneException)
        {
            throw new ImportFailedException($"--timezone '{id}' cannot be read on this machine; give an IANA name like Europe/London");
        }
    }
}
