namespace Broadsheet.Tests.Validation;

/// <summary>
/// A test that runs the Nu Html Checker (npm package <c>vnu-jar</c>, installed into <c>tests/tools/</c>) with Java.
/// Skipped where either is missing, unless <c>BROADSHEET_REQUIRE_VNU=1</c> (set by CI), which makes that a failure.
/// </summary>
public sealed class VnuFactAttribute : FactAttribute
{
    public static string Jar => Path.Combine(RepoPaths.Tests, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public VnuFactAttribute()
    {
        if (!File.Exists(Jar) && Environment.GetEnvironmentVariable("BROADSHEET_REQUIRE_VNU") != "1")
        {
            Skip = $"the Nu Html Checker is not installed at {Jar} (npm install --prefix tests/tools vnu-jar; it needs Java)";
        }
    }
}
