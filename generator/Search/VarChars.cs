using System.Text;

namespace Broadsheet.Search;

/// <summary>
/// Whole numbers written as printable ASCII, a few characters each, so that long lists of them fit in a JavaScript string
/// with no escaping: a number is some "more follows" digits (base 30) then one last digit (base 60), most significant first.
/// 0–59 take one character, up to 1,799 two, up to 53,999 three.
/// </summary>
public static class VarChars
{
    /// <summary>The 90 printable ASCII characters other than the quotes, the backslash and '&lt;'; the first 60 end a number.</summary>
    public static readonly string Alphabet = new(Enumerable.Range(0x21, 0x7E - 0x21 + 1)
        .Select(c => (char)c)
        .Where(c => c is not ('"' or '\'' or '\\' or '<'))
        .ToArray());

    public const int LastBase = 60;
    public const int MoreBase = 30;

    /// <summary>Enough characters for any int: six "more follows" digits and the last.</summary>
    private const int MaxChars = 7;

    public static void Append(StringBuilder builder, int value) => builder.Append(Write(value, stackalloc char[MaxChars]));

    /// <summary>The same, into the ASCII text the index's postings are kept in.</summary>
    internal static void Append(AsciiBuilder builder, int value) => builder.Append(Write(value, stackalloc char[MaxChars]));

    /// <summary>Writes the number's characters at the end of <paramref name="buffer"/>, and returns them.</summary>
    private static ReadOnlySpan<char> Write(int value, Span<char> buffer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var at = buffer.Length;
        buffer[--at] = Alphabet[value % LastBase];
        for (var rest = value / LastBase; rest > 0; rest /= MoreBase)
        {
            buffer[--at] = Alphabet[LastBase + (rest % MoreBase)];
        }

        return buffer[at..];
    }

    // Each character's digit, by its code; -1 for a character not in the alphabet.
    private static readonly int[] Digits = Enumerable.Range(0, 128).Select(c => Alphabet.IndexOf((char)c, StringComparison.Ordinal)).ToArray();

    /// <summary>Reads the number that starts at <paramref name="index"/>, and moves the index past it.</summary>
    public static int Read(string text, ref int index)
    {
        var value = 0;
        while (index < text.Length)
        {
            var c = text[index++];
            var digit = c < Digits.Length ? Digits[c] : -1;
            if (digit < 0)
            {
                throw new FormatException($"'{c}' is not a digit of {nameof(VarChars)}");
            }

            if (digit < LastBase)
            {
                return (value * LastBase) + digit;
            }

            value = (value * MoreBase) + digit - LastBase;
        }

        throw new FormatException($"a number of {nameof(VarChars)} is cut short");
    }

    /// <summary>Reads the numbers back, as search.js does.</summary>
    public static List<int> Decode(string text)
    {
        var numbers = new List<int>(text.Length / 2);
        var value = 0;
        foreach (var c in text)
        {
            var digit = c < Digits.Length ? Digits[c] : -1;
            if (digit < 0)
            {
                throw new FormatException($"'{c}' is not a digit of {nameof(VarChars)}");
            }

            if (digit >= LastBase)
            {
                value = (value * MoreBase) + digit - LastBase;
            }
            else
            {
                numbers.Add((value * LastBase) + digit);
                value = 0;
            }
        }

        return numbers;
    }
}
