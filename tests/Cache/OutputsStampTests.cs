using Broadsheet.Cache;

namespace Broadsheet.Tests.Cache;

/// <summary>The stamp of an output's files is the same in any order of listing, and another for any file changed, added or gone.</summary>
public sealed class OutputsStampTests
{
    private static readonly (string Path, long Size, long Ticks)[] Files =
    [
        ("index.html", 2048, 638_700_000_000_000_000),
        ("articles/2024/03/editorial.html", 9120, 638_700_000_000_000_001),
        ("search/t-a.js", 311, 638_700_000_000_000_002),
    ];

    [Fact]
    public void The_order_of_the_listing_does_not_matter()
    {
        Assert.Equal(OutputsStamp.Of(Files), OutputsStamp.Of(Files.Reverse()));
    }

    [Fact]
    public void A_size_a_time_a_path_or_a_file_more_or_less_makes_another_stamp()
    {
        var stamp = OutputsStamp.Of(Files);
        var others = new[]
        {
            Files.Select(f => f.Path == "index.html" ? f with { Size = 2049 } : f),
            Files.Select(f => f.Path == "index.html" ? f with { Ticks = f.Ticks + 1 } : f),
            Files.Select(f => f.Path == "index.html" ? f with { Path = "Index.html" } : f),
            Files.Append(("404.html", 512, 638_700_000_000_000_003)),
            Files.Skip(1),
        };

        Assert.All(others, other => Assert.NotEqual(stamp, OutputsStamp.Of(other)));
        Assert.Equal(6, others.Select(OutputsStamp.Of).Append(stamp).Distinct().Count());
    }
}
