using Broadsheet.Common;
using Xunit;

namespace Broadsheet.Tests.Common;

/// <summary>Paths as messages show them: relative to the working folder, with '/', and never a doubled slash.</summary>
public sealed class DisplayPathTests
{
    [Theory]
    [InlineData("/work/site/output", "output")]
    [InlineData("/work/site/output/", "output")]
    [InlineData("/work/site/output/index.html", "output/index.html")]
    [InlineData("/work/other", "../other")]
    public void A_path_is_shown_relative_to_the_working_folder_without_a_trailing_slash(string fullPath, string shown)
    {
        Assert.Equal(shown, DisplayPath.Of(fullPath, "/work/site"));
        Assert.DoesNotContain("//", DisplayPath.Of(fullPath, "/work/site") + "/" + "index.html", StringComparison.Ordinal);
    }
}
