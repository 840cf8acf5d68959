using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Tests.Model;

/// <summary>A body's hash is stable, and an article's body is read again from its file rather than kept in memory.</summary>
public sealed class MarkdownTextTests
{
    [Fact]
    public void The_hash_is_the_xxh128_of_the_bodys_utf8_bytes_in_lowercase_hex_the_same_on_every_run()
    {
        var text = new MarkdownText("Body line one.\nCafé.\n", "a.md", 5);

        Assert.Matches("^[0-9a-f]{32}$", text.Hash);
        Assert.Equal(
            Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash("Body line one.\nCafé.\n"u8)),
            text.Hash);
        Assert.Equal(text.Hash, new MarkdownText("Body line one.\nCafé.\n", "b.md", 9).Hash);
        Assert.NotEqual(text.Hash, new MarkdownText("Body line one.\nCafe.\n", "a.md", 5).Hash);
        Assert.Equal("99aa06d3014798d86001c324468d497f", new MarkdownText("", "a.md", 1).Hash);
    }

    [Fact]
    public void An_articles_body_is_read_again_from_its_file_and_a_file_changed_since_loading_is_an_error()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("article.md");
        File.WriteAllText(file, "---\r\ntitle: One\r\n---\r\nThe body.\r\n");
        var loaded = new SourceFile("article.md", "articles/article.md", File.ReadAllText(file).ReplaceLineEndings("\n")) { FullPath = file };
        var read = BodyReader.For(loaded)!;
        var body = new MarkdownText(BodyDigest.Of("The body.\n", 4), "article.md", "article.md", read);

        Assert.Equal("The body.\n", body.Text);
        Assert.Equal(new MarkdownText("The body.\n", "article.md", 4), body);
        Assert.False(body.IsEmpty);

        File.WriteAllText(file, "---\ntitle: One\n---\nAnother body.\n");
        var e = Assert.Throws<SourceChangedException>(() => body.Text);
        Assert.Equal("article.md", e.DisplayPath);
        Assert.Equal("the file changed while the site was being built", e.Message);
    }

    [Fact]
    public void A_source_with_no_file_has_no_reader_so_its_body_is_kept_in_memory() =>
        Assert.Null(BodyReader.For(new SourceFile("a.md", "articles/a.md", "---\ntitle: A\n---\nBody.\n")));
}
