using System.Text.RegularExpressions;
using Broadsheet.Import.Markdown;
using CsCheck;

namespace Broadsheet.Tests.Import;

/// <summary>
/// The converter's property: Markdown rendered by Markdig (with the build's extensions), converted back to Markdown, renders
/// to the same HTML. The Markdown is generated from the constructs an archive uses, with text full of characters that
/// mean something to Markdown.
/// </summary>
public sealed partial class RoundTripTests
{
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf("strike", "miners", "Tolpuddle", "1917", "café", "Łódź", "union", "the", "a", "of", "wages"),
        Gen.OneOf("5\\*3", "snake_case", "\\_under\\_", "\\[sic\\]", "\\#1", "a\\|b", "\\~approx", "AT&T", "2\\^10", "\\<tag\\>", "x\\+\\+", "a\\=\\=b", "\"quoted\"", "it's", "50%", "—", "(aside)", "end."));

    private static readonly Gen<string> Words = Gen.Select(Word.Array[1, 4], w => string.Join(' ', w));

    private static readonly Gen<string> Inline = Gen.OneOf(
        Words,
        Gen.Select(Words, w => $"*{w.Trim()}*"),
        Gen.Select(Words, w => $"**{w.Trim()}**"),
        Gen.Select(Words, w => $"~~{w.Trim()}~~"),
        Gen.OneOf("`code`", "`a*b`", "``a`b``"),
        Gen.Select(Words, Gen.OneOf("https://example.org/a", "/archive/2014/x", "../10/other.md", "#notes"), (w, u) => $"[{w}]({u})"),
        Gen.Select(Words, w => $"![{w}](/images/photo.jpg)"));

    private static readonly Gen<string> Line = Gen.Select(Inline.Array[1, 5], parts => string.Join(' ', parts));

    private static readonly Gen<string> Paragraph = Gen.Select(Line.Array[1, 3], lines => string.Join("\\\n", lines));

    private static readonly Gen<string> Item = Gen.OneOf(Line, Gen.Select(Line, Line, (a, b) => $"{a}\n  - {b}"));

    private static readonly Gen<string> Block = Gen.OneOf(
        Paragraph,
        Gen.Select(Gen.Int[1, 6], Line, (level, text) => new string('#', level) + " " + text),
        Gen.Select(Paragraph, p => "> " + p.Replace("\n", "\n> ", StringComparison.Ordinal)),
        Gen.Select(Item.Array[1, 4], items => string.Join('\n', items.Select(i => "- " + i))),
        Gen.Select(Line.Array[1, 4], Gen.Int[1, 9], (items, start) => string.Join('\n', items.Select((i, n) => $"{start + n}. {i}"))),
        Gen.Select(Words, w => $"```text\n{w}\n  indented *not emphasis*\n```"),
        Gen.Const("---"),
        Gen.Select(Words, Words, Words, (a, b, c) => $"| {a} | {b} |\n|:---|---:|\n| {c} | {a} |"),
        Gen.Select(Words, Words, (a, b) => $"^^^\n![{a}](/images/photo.jpg)\n^^^ {b}"),
        Gen.Select(Words, Words, (a, b) => $"{a}[^1] and more.\n\n[^1]: {b}"));

    private static readonly Gen<string> Document = Gen.Select(Block.Array[1, 6], blocks => string.Join("\n\n", blocks));

    [Fact]
    public void Markdown_rendered_and_converted_back_renders_to_the_same_html()
    {
        Document.Sample(
            markdown =>
            {
                var html = ImportMarkdown.ToHtml(markdown);
                var back = HtmlToMarkdownConverter.Convert(html).Markdown;
                var again = ImportMarkdown.ToHtml(back);
                Assert.True(Normalize(html) == Normalize(again), $"markdown:\n{markdown}\n\nhtml:\n{html}\nconverted:\n{back}\nrendered again:\n{again}");
            },
            iter: 500);
    }

    [Theory]
    [InlineData("**From a nurse:** we *were* promised\\\nnothing at all.")]
    [InlineData("- one\n  - one a\n- two\n\n1. first\n2. second")]
    [InlineData("Text[^1] and[^2].\n\n[^1]: First.\n[^2]: Second *note*.")]
    public void Chosen_documents_round_trip(string markdown)
    {
        var html = ImportMarkdown.ToHtml(markdown);
        var again = ImportMarkdown.ToHtml(HtmlToMarkdownConverter.Convert(html).Markdown);
        Assert.Equal(Normalize(html), Normalize(again));
    }

    /// <summary>HTML compared as a browser reads it (entities decoded), without the white space between tags, which no reader sees.</summary>
    private static string Normalize(string html)
    {
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html + "</body>").Body!;
        return Between().Replace(body.InnerHtml, "><").Trim();
    }

    [GeneratedRegex(@">\s+<")]
    private static partial Regex Between();
}
