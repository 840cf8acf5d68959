using System.Diagnostics;

namespace Broadsheet.Tests.Validation;

/// <summary>Every page of the sample archive, built as it is deployed (with share links), is valid HTML for the Nu Html Checker.</summary>
[Trait("Category", Category.Slow)]
public sealed class HtmlValidationTests
{
    [VnuFact]
    public void Every_page_of_the_sample_passes_the_Nu_Html_Checker_without_errors()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        DeployedSample.Build(temp, output);

        var start = new ProcessStartInfo("java", ["-jar", VnuFactAttribute.Jar, "--skip-non-html", "--errors-only", "--format", "gnu", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        var report = (stdout.Result + errors).Replace(new Uri(output + "/").AbsoluteUri, "", StringComparison.Ordinal).Replace(output + "/", "", StringComparison.Ordinal);
        Assert.True(process.ExitCode == 0, $"the Nu Html Checker found errors:\n{report}");
    }
}
