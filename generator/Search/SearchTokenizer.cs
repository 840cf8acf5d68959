using System.Globalization;
using System.Text;

namespace Broadsheet.Search;

/// <summary>
/// Splits text into search tokens, exactly as search.js does in the browser: runs of letters, marks and digits (an
/// apostrophe inside a word joins it: "don't" is "dont"), folded to lowercase without diacritics ("Café" is "cafe",
/// "Straße" is "strasse"); Chinese and Japanese characters, written without spaces, are a token each.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Longer runs (a pasted URL, a long number) are not words anyone searches for and are left out.</summary>
    public const int MaxTokenLength = 40;

    /// <summary>The tokens of <paramref name="text"/>, in order, appended to <paramref name="tokens"/>.</summary>
    /// <param name="word">Gives the string of a token from its folded characters (one seen before, say); null for a new string each time.</param>
    public static void Tokenize(string text, List<string> tokens, Func<ReadOnlySpan<char>, string>? word = null)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordAt(text, i, out var width))
            {
                i += width;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < text.Length)
            {
                if (IsWordAt(text, i, out width))
                {
                    ascii &= text[i] < 0x80;
                    i += width;
                }
                else if (text[i] is '\'' or '\u2019' && i + 1 < text.Length && IsWordAt(text, i + 1, out _))
                {
                    ascii = false;
                    i++;
                }
                else
                {
                    break;
                }
            }

            AddSpan(text.AsSpan(start, i - start), ascii, tokens, word);
        }
    }

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        Tokenize(text, tokens);
        return tokens;
    }

    private static void AddSpan(ReadOnlySpan<char> span, bool ascii, List<string> tokens, Func<ReadOnlySpan<char>, string>? word)
    {
        if (ascii)
        {
            if (span.Length <= MaxTokenLength)
            {
                Span<char> lower = stackalloc char[MaxTokenLength];
                lower = lower[..span.Length];
                for (var k = 0; k < span.Length; k++)
                {
                    lower[k] = span[k] is >= 'A' and <= 'Z' ? (char)(span[k] + 32) : span[k];
                }

                tokens.Add(word is null ? new string(lower) : word(lower));
            }

            return;
        }

        var folded = Fold(span.ToString().Normalize(NormalizationForm.FormKD));
        var token = new StringBuilder();
        foreach (var rune in folded.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune) && !Rune.IsDigit(rune))
            {
                Flush(token, tokens);
            }
            else if (IsIdeograph(rune.Value))
            {
                Flush(token, tokens);
                tokens.Add(rune.ToString());
            }
            else
            {
                token.Append(rune.ToString());
            }
        }

        Flush(token, tokens);
    }

    /// <summary>Drops marks and apostrophes, lowercases, and spells out letters that have no decomposition.</summary>
    private static string Fold(string decomposed)
    {
        var builder = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (IsMark(rune) || rune.Value is '\'' or '\u2019')
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            builder.Append(lower.Value switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'đ' or 'ð' => "d",
                'ł' => "l",
                'ħ' => "h",
                'þ' => "th",
                'ı' => "i",
                'ς' => "σ",
                _ => lower.ToString(),
            });
        }

        return builder.ToString();
    }

    private static void Flush(StringBuilder token, List<string> tokens)
    {
        if (token.Length is > 0 and <= MaxTokenLength)
        {
            tokens.Add(token.ToString());
        }

        token.Clear();
    }

    private static bool IsWordAt(string text, int index, out int width)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        return Rune.IsLetter(rune) || Rune.IsDigit(rune) || IsMark(rune);
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Kana and CJK ideographs: scripts written without spaces between words.</summary>
    public static bool IsIdeograph(int codePoint) => codePoint is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF)
        or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FA1F);
}
