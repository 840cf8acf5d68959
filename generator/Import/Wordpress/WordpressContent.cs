using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Broadsheet.Import.Wordpress;

/// <summary>
/// A post's <c>content:encoded</c> made into the HTML WordPress would show: Gutenberg block comments removed (the
/// blocks' HTML stays and is converted), <c>[caption]</c> made a figure, <c>[embed]</c> a link, classic posts'
/// paragraphs made from blank lines as <c>wpautop</c> does, and the text before <c>&lt;!--more--&gt;</c> kept as the summary.
/// </summary>
public static partial class WordpressContent
{
    /// <summary>Shortcodes of WordPress and common plugins: anything else in square brackets is text ("[sic]").</summary>
    private static readonly HashSet<string> KnownShortcodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "gallery", "audio", "video", "playlist", "wp_caption", "contact-form-7", "contact-form", "gravityform", "youtube",
        "vimeo", "soundcloud", "tweet", "instagram", "pdf-embedder", "googlemaps", "fusion_builder_container",
    };


    /// <summary>The HTML of a post, its summary (the text before <c>&lt;!--more--&gt;</c>, if any) and notes on what was left as it was.</summary>
    public static (string Html, string? Summary, IReadOnlyList<string> Notes) Prepare(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var notes = new List<string>();
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var gutenberg = BlockComment().IsMatch(text);
        text = BlockComment().Replace(text, "\n");
        text = NextPage().Replace(text, "\n");
        text = Captions().Replace(text, Caption);
        text = Embeds().Replace(text, m => $"\n<p><a href=\"{WebUtility.HtmlEncode(m.Groups[1].Value.Trim())}\">{WebUtility.HtmlEncode(m.Groups[1].Value.Trim())}</a></p>\n");
        foreach (Match shortcode in Shortcode().Matches(text))
        {
            if (KnownShortcodes.Contains(shortcode.Groups[1].Value))
            {
                notes.Add($"shortcode [{shortcode.Groups[1].Value}] has no Markdown form; kept as text");
            }
        }

        if (!gutenberg)
        {
            text = AutoParagraphs(text);
        }

        string? summary = null;
        var more = More().Match(text);
        if (more.Success)
        {
            summary = text[..more.Index];
            text = text.Remove(more.Index, more.Length);
        }

        return (text.Trim(), summary, notes.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary><c>[caption id="" align="" width=""]&lt;img …&gt; The caption[/caption]</c>, or with a <c>caption="…"</c> attribute.</summary>
    private static string Caption(Match match)
    {
        var attributes = match.Groups[1].Value;
        var inner = match.Groups[2].Value.Trim();
        var image = ImageOrLink().Match(inner);
        var media = image.Success ? image.Value : "";
        var caption = image.Success ? inner.Remove(image.Index, image.Length).Trim() : inner;
        var attribute = CaptionAttribute().Match(attributes);
        if (caption.Length == 0 && attribute.Success)
        {
            caption = attribute.Groups[1].Value;
        }

        return $"\n<figure>{media}<figcaption>{caption}</figcaption></figure>\n";
    }

    /// <summary>
    /// WordPress's <c>wpautop</c>, as far as an archive needs it: blank lines separate paragraphs and a single new line
    /// within one is a line break, except in and around block elements and inside <c>pre</c>.
    /// </summary>
    public static string AutoParagraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new List<string>();
        text = Preformatted().Replace(text, m =>
        {
            kept.Add(m.Value);
            return $"\n\n\u0002{kept.Count - 1}\u0003\n\n";
        });
        var output = new StringBuilder();
        foreach (var chunk in BlankLine().Split(text))
        {
            var trimmed = chunk.Trim('\n', ' ', '\t');
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (StartsWithBlock().IsMatch(trimmed) || EndsWithBlock().IsMatch(trimmed))
            {
                output.Append(trimmed).Append("\n\n");
            }
            else
            {
                output.Append("<p>").Append(trimmed.Replace("\n", "<br />\n", StringComparison.Ordinal)).Append("</p>\n\n");
            }
        }

        var result = output.ToString();
        for (var i = 0; i < kept.Count; i++)
        {
            result = result.Replace($"\u0002{i}\u0003", kept[i], StringComparison.Ordinal);
        }

        return result;
    }

    [GeneratedRegex(@"<!--\s*/?wp:.*?-->", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"<!--nextpage-->")]
    private static partial Regex NextPage();

    [GeneratedRegex(@"<!--more(?:\s[^>]*?)?-->(?:\s*</p>)?")]
    private static partial Regex More();

    [GeneratedRegex(@"\[(?:wp_)?caption([^\]]*)\](.*?)\[/(?:wp_)?caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Captions();

    [GeneratedRegex(@"caption=""([^""]*)""")]
    private static partial Regex CaptionAttribute();

    [GeneratedRegex(@"^(?:<a\b[^>]*>\s*<img\b[^>]*>\s*</a>|<img\b[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageOrLink();

    [GeneratedRegex(@"\[embed[^\]]*\](.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Embeds();

    [GeneratedRegex(@"\[([A-Za-z][\w-]*)(?:\s[^\]]*)?\]")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"<pre\b.*?</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Preformatted();

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^<(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio|object|embed|script)\b|^<!--|^\u0002", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithBlock();

    [GeneratedRegex(@"</(?:table|div|dl|ul|ol|pre|form|blockquote|address|p|h[1-6]|section|article|aside|header|footer|nav|figure|details|iframe)>$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithBlock();
}
