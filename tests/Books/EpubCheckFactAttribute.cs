namespace Broadsheet.Tests.Books;

/// <summary>
/// A test that runs epubcheck (Debian's <c>epubcheck</c> package). Skipped where it is not installed, unless
/// <c>BROADSHEET_REQUIRE_EPUBCHECK=1</c> (set by CI), which makes a missing epubcheck a failure.
/// </summary>
public sealed class EpubCheckFactAttribute : FactAttribute
{
    public const string Jar = "/usr/share/java/epubcheck.jar";

    public EpubCheckFactAttribute()
    {
        if (!File.Exists(Jar) && Environment.GetEnvironmentVariable("BROADSHEET_REQUIRE_EPUBCHECK") != "1")
        {
            Skip = $"epubcheck is not installed at {Jar} (apt-get install -y epubcheck)";
        }
    }
}
