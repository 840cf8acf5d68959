using System.Text;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Xunit;

namespace Broadsheet.Tests.Load;

public sealed class SourceTextTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Valid_utf8_is_decoded_as_it_is()
    {
        var bag = new DiagnosticBag();

        var ok = SourceText.TryDecode(Encoding.UTF8.GetBytes("Café — “quoted”\n"), "a.md", bag, out var text);

        Assert.True(ok);
        Assert.Equal("Café — “quoted”\n", text);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_byte_order_mark_is_stripped()
    {
        var ok = SourceText.TryDecode([.. Bom, .. "---\ntitle: x\n"u8], "a.md", new DiagnosticBag(), out var text);

        Assert.True(ok);
        Assert.Equal("---\ntitle: x\n", text);
    }

    [Fact]
    public void Crlf_and_lone_cr_line_endings_become_lf()
    {
        SourceText.TryDecode("a\r\nb\rc\n"u8.ToArray(), "a.md", new DiagnosticBag(), out var text);

        Assert.Equal("a\nb\nc\n", text);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_byte_offset_and_its_line_and_column()
    {
        var bag = new DiagnosticBag();

        var ok = SourceText.TryDecode([.. "ab\ncd"u8, 0xFF, .. "ef\n"u8], "site-content/a.md", bag, out var text);

        Assert.False(ok);
        Assert.Equal("", text);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(
            "site-content/a.md:2:3: error: the file is not valid UTF-8 (bad byte at offset 5); save it as UTF-8",
            error.ToString());
    }

    [Fact]
    public void The_offset_of_a_bad_byte_counts_the_byte_order_mark()
    {
        var bag = new DiagnosticBag();

        SourceText.TryDecode([.. Bom, .. "ab\ncd"u8, 0xFF], "a.md", bag, out _);

        var error = Assert.Single(bag.Sorted());
        Assert.Contains("bad byte at offset 8", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("a.md", 2, 3), error.Location);
    }

    [Fact]
    public void A_latin1_byte_deep_in_a_long_file_is_found_at_its_offset()
    {
        var bag = new DiagnosticBag();
        var line = "0123456789012345678901234567890123456789012345678\n"u8.ToArray();
        var bytes = Enumerable.Repeat(line, 1000).SelectMany(l => l).Concat("caf"u8.ToArray()).Append((byte)0xE9).ToArray();

        SourceText.TryDecode(bytes, "a.md", bag, out _);

        var error = Assert.Single(bag.Sorted());
        Assert.Contains("bad byte at offset 50003", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("a.md", 1001, 4), error.Location);
    }

    [Fact]
    public void A_sequence_cut_off_at_the_end_of_the_file_is_an_error()
    {
        var bag = new DiagnosticBag();

        var ok = SourceText.TryDecode([.. "abc"u8, 0xE2, 0x82], "a.md", bag, out _);

        Assert.False(ok);
        Assert.Contains("bad byte at offset 3", Assert.Single(bag.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_of_a_bad_byte_counts_characters_not_bytes()
    {
        var bag = new DiagnosticBag();

        // “x” takes 7 bytes but 3 characters: the bad byte is the 5th character of line 2.
        SourceText.TryDecode([.. "title: x\n\u201Cx\u201D "u8, 0xFF], "a.md", bag, out _);

        Assert.Equal(new SourceLocation("a.md", 2, 5), Assert.Single(bag.Sorted()).Location);
    }
}
