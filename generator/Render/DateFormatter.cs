using System.Globalization;

namespace Broadsheet.Render;

/// <summary>Writes dates for readers in the site's language ("29 October 2014", "29. Oktober 2014") and for machines (ISO 8601).</summary>
/// <param name="dayPattern">A .NET date pattern for a day, from the theme's strings (<c>date_format</c>).</param>
/// <param name="monthPattern">The pattern for a month (<c>month_format</c>).</param>
public sealed class DateFormatter(string language, string dayPattern = "d MMMM yyyy", string monthPattern = "MMMM yyyy")
{
    private readonly CultureInfo _culture = Culture(language);

    public string ForReaders(DateOnly date) => date.ToString(dayPattern, _culture);

    /// <summary>"March 2024", in the site's language; it heads pages and lists, so it starts with a capital ("Mars 2024", not "mars 2024").</summary>
    public string Month(int year, int month)
    {
        var text = new DateOnly(year, month, 1).ToString(monthPattern, _culture);
        return text.Length == 0 ? text : char.ToUpper(text[0], _culture) + text[1..];
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CultureInfo Culture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
