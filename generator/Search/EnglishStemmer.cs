namespace Broadsheet.Search;

/// <summary>
/// The Porter2 (Snowball English) stemmer: "strikes", "striking" and "struck"… well, the first two, become "strike".
/// templates/assets/search.js carries the same algorithm line for line, so the build and the browser agree on every word.
/// </summary>
public static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias",
        ["andes"] = "andes",
    };

    private static readonly HashSet<string> AfterStep1a =
        new(["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"], StringComparer.Ordinal);

    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("ational", "ate"), ("fulness", "ful"), ("iveness", "ive"), ("ization", "ize"), ("ousness", "ous"),
        ("biliti", "ble"), ("lessli", "less"), ("tional", "tion"),
        ("alism", "al"), ("aliti", "al"), ("ation", "ate"), ("entli", "ent"), ("fulli", "ful"), ("iviti", "ive"), ("ousli", "ous"),
        ("abli", "able"), ("alli", "al"), ("anci", "ance"), ("ator", "ate"), ("enci", "ence"), ("izer", "ize"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    /// <summary>The stem of a lowercase word; words that are not plain a–z (digits, other scripts) are left as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        var w = Prelude(word);
        var (p1, p2) = Regions(w);
        w = Step1a(w);
        if (AfterStep1a.Contains(w))
        {
            return w;
        }

        w = Step1b(w, p1);
        w = Step1c(w);
        w = Step2(w, p1);
        w = Step3(w, p1, p2);
        w = Step4(w, p2);
        w = Step5(w, p1, p2);
        return w.Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A 'y' at the start or after a vowel is a consonant: marked 'Y' until the end.</summary>
    private static string Prelude(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1])))
            {
                chars[i] = 'Y';
            }
        }

        return new string(chars);
    }

    /// <summary>R1 starts after the first non-vowel that follows a vowel; R2 is the same again inside R1.</summary>
    private static (int P1, int P2) Regions(string w)
    {
        int p1;
        if (w.StartsWith("gener", StringComparison.Ordinal) || w.StartsWith("arsen", StringComparison.Ordinal))
        {
            p1 = 5;
        }
        else if (w.StartsWith("commun", StringComparison.Ordinal))
        {
            p1 = 6;
        }
        else
        {
            p1 = AfterVowelThenNonVowel(w, 0);
        }

        return (p1, p1 >= w.Length ? w.Length : AfterVowelThenNonVowel(w, p1));
    }

    private static int AfterVowelThenNonVowel(string w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        i++;
        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return Math.Min(i + 1, w.Length);
    }

    /// <summary>Whether the word up to <paramref name="end"/> ends in a short syllable.</summary>
    private static bool EndsShort(string w, int end)
    {
        if (end >= 3 && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(w[end - 2]) && !IsVowel(w[end - 3]))
        {
            return true;
        }

        return end == 2 && !IsVowel(w[1]) && IsVowel(w[0]);
    }

    private static bool HasVowel(string w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Step1a(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w.Length - 3 >= 2 ? w[..^3] + "i" : w[..^3] + "ie";
        }

        if (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }

        // "gaps" loses its s, "gas" keeps it: a vowel must come before the letter ahead of the s.
        return w.EndsWith('s') && HasVowel(w, w.Length - 2) ? w[..^1] : w;
    }

    private static string Step1b(string w, int p1)
    {
        var suffix = Array.Find(Step1bSuffixes, s => w.EndsWith(s, StringComparison.Ordinal));
        if (suffix is null)
        {
            return w;
        }

        var start = w.Length - suffix.Length;
        if (suffix is "eed" or "eedly")
        {
            return start >= p1 ? w[..start] + "ee" : w;
        }

        if (!HasVowel(w, start))
        {
            return w;
        }

        w = w[..start];
        if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal))
        {
            return w + "e";
        }

        if (w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            return w[..^1];
        }

        return p1 == w.Length && EndsShort(w, w.Length) ? w + "e" : w;
    }

    private static string Step1c(string w) =>
        w.Length >= 3 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2]) ? w[..^1] + "i" : w;

    private static string Step2(string w, int p1)
    {
        var (suffix, replacement) = Array.Find(Step2Suffixes, s => w.EndsWith(s.Suffix, StringComparison.Ordinal));
        if (suffix is null || w.Length - suffix.Length < p1)
        {
            return w;
        }

        var start = w.Length - suffix.Length;
        return suffix switch
        {
            "ogi" => start > 0 && w[start - 1] == 'l' ? w[..start] + replacement : w,
            "li" => start > 0 && w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't' ? w[..start] : w,
            _ => w[..start] + replacement,
        };
    }

    private static string Step3(string w, int p1, int p2)
    {
        var (suffix, replacement) = Array.Find(Step3Suffixes, s => w.EndsWith(s.Suffix, StringComparison.Ordinal));
        if (suffix is null || w.Length - suffix.Length < p1)
        {
            return w;
        }

        var start = w.Length - suffix.Length;
        return suffix == "ative" && start < p2 ? w : w[..start] + replacement;
    }

    private static string Step4(string w, int p2)
    {
        var suffix = Array.Find(Step4Suffixes, s => w.EndsWith(s, StringComparison.Ordinal));
        if (suffix is null || w.Length - suffix.Length < p2)
        {
            return w;
        }

        var start = w.Length - suffix.Length;
        return suffix == "ion" && !(start > 0 && w[start - 1] is 's' or 't') ? w : w[..start];
    }

    private static string Step5(string w, int p1, int p2)
    {
        var start = w.Length - 1;
        if (w[^1] == 'e' && (start >= p2 || start >= p1 && !EndsShort(w, start)))
        {
            return w[..start];
        }

        return w[^1] == 'l' && start >= p2 && start > 0 && w[start - 1] == 'l' ? w[..start] : w;
    }
}
