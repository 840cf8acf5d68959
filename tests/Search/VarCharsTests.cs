using System.Text;
using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class VarCharsTests
{
    [Fact]
    public void Numbers_read_back_as_they_were_written_in_one_two_or_three_characters()
    {
        int[] numbers = [0, 1, 59, 60, 1799, 1800, 53_999, 54_000, 1_000_000, int.MaxValue];
        var builder = new StringBuilder();
        foreach (var n in numbers)
        {
            VarChars.Append(builder, n);
        }

        Assert.Equal(numbers, VarChars.Decode(builder.ToString()));
        Assert.Equal([1, 1, 1, 2, 2, 3, 3, 4], numbers[..8].Select(Width));
    }

    [Fact]
    public void The_alphabet_needs_no_escaping_in_a_JavaScript_string_or_an_HTML_script()
    {
        Assert.Equal(90, VarChars.Alphabet.Length);
        Assert.Equal(VarChars.Alphabet.Length, VarChars.Alphabet.Distinct().Count());
        Assert.DoesNotContain('"', VarChars.Alphabet);
        Assert.DoesNotContain('\'', VarChars.Alphabet);
        Assert.DoesNotContain('\\', VarChars.Alphabet);
        Assert.DoesNotContain('<', VarChars.Alphabet);
        Assert.All(VarChars.Alphabet, c => Assert.InRange(c, '!', '~'));
    }

    private static int Width(int n)
    {
        var builder = new StringBuilder();
        VarChars.Append(builder, n);
        return builder.Length;
    }
}
