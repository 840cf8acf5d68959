using Broadsheet.Common;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Broadsheet.Render.Markdown;

/// <summary>
/// Curls the straight <c>'</c> that SmartyPants leaves in a body's text: it pairs quotes, but an apostrophe inside or
/// at the end of a word (it's, the dockers' strike) and a year cut short ('90s) stay straight without this.
/// Code is not text, and keeps its quotes.
/// </summary>
public static class Apostrophes
{
    public static void Curl(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.IndexOf('\'') < 0)
            {
                continue;
            }

            var text = content.ToString();
            var curled = text.ToCharArray();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\'')
                {
                    // At the start of a literal the word before may end in the inline before it (*dockers*').
                    curled[i] = i == 0 && literal.PreviousSibling is not null and not LineBreakInline ? '\u2019' : SmartPunctuation.SingleQuote(text, i);
                }
            }

            literal.Content = new StringSlice(new string(curled));
        }
    }
}
