using System.Globalization;

namespace Broadsheet.Render;

/// <summary>Writes dates for readers in the site's language ("29 October 2014") and for machines (ISO 8601).</summary>
public sealed class DateFormatter
{
    private readonly CultureInfo _culture;

    public DateFormatter(string language)
    {
        try
        {
            _culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            _culture = CultureInfo.InvariantCulture;
        }
    }

    public string ForReaders(DateOnly date) => date.ToString("d MMMM yyyy", _culture);

    /// <summary>"March 2024", in the site's language.</summary>
    public string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", _culture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
