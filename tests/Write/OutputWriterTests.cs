using System.Text;
using Broadsheet.Tests.TestSupport;
using Broadsheet.Write;
using Xunit;

namespace Broadsheet.Tests.Write;

/// <summary>The writer's text from a builder's chunks: the file holds the same bytes as the builder's text as one string.</summary>
public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder _parent = new();

    public void Dispose() => _parent.Dispose();

    [Fact]
    public void A_builder_of_many_chunks_is_written_as_its_whole_text_in_utf8_even_where_a_chunk_ends_inside_a_character()
    {
        var staging = StagingFolder.Create(_parent.Combine("output"));
        var writer = new OutputWriter(staging, new Dictionary<string, OutputEntry>(), new HashSet<string>());
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            // An odd count of ASCII letters before each pair of surrogates, so that some chunk boundary falls between the two.
            text.Append("abc").Append("\U0001F4F0").Append(" Café ").Append(i);
        }

        var split = 0;
        foreach (var chunk in text.GetChunks())
        {
            split += char.IsHighSurrogate(chunk.Span[^1]) ? 1 : 0;
        }

        Assert.True(split > 0);

        Assert.True(writer.WriteText("search/t-a.js", text));

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(staging.FullPathOf("search/t-a.js")));

        // Hashed in pieces as it was encoded, the same as the whole file's bytes hashed at once.
        Assert.Equal(Broadsheet.Common.Fingerprint.Of(bytes), writer.Files["search/t-a.js"].ContentHash);
    }
}
