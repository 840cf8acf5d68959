namespace Broadsheet.Tests.Search;

/// <summary>Words the build and the browser must treat alike: Porter2's own examples, and text in several scripts.</summary>
public static class SearchWordList
{
    /// <summary>Words with their Porter2 stems, from the Snowball project's English examples.</summary>
    public static readonly IReadOnlyList<(string Word, string Stem)> Stems =
    [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
        ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"), ("consoled", "consol"),
        ("consoles", "consol"), ("consolidate", "consolid"), ("consolidated", "consolid"), ("consolidating", "consolid"),
        ("consoling", "consol"), ("consolingly", "consol"), ("consols", "consol"), ("consonant", "conson"),
        ("consort", "consort"), ("consorted", "consort"), ("consorting", "consort"), ("conspicuous", "conspicu"),
        ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"), ("conspirators", "conspir"),
        ("conspire", "conspir"), ("conspired", "conspir"), ("conspiring", "conspir"), ("constable", "constabl"),
        ("constables", "constabl"), ("constance", "constanc"), ("constancy", "constanc"), ("constant", "constant"),
        ("knack", "knack"), ("knackeries", "knackeri"), ("knacks", "knack"), ("knag", "knag"), ("knave", "knave"),
        ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"), ("kneading", "knead"), ("knee", "knee"),
        ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"), ("kneels", "kneel"), ("knees", "knee"),
        ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"), ("knick", "knick"), ("knif", "knif"), ("knife", "knife"),
        ("knight", "knight"), ("knightly", "knight"), ("knights", "knight"), ("knit", "knit"), ("knits", "knit"),
        ("knitted", "knit"), ("knitting", "knit"), ("knives", "knive"), ("knob", "knob"), ("knobs", "knob"),
        ("knock", "knock"), ("knocked", "knock"), ("knocker", "knocker"), ("knockers", "knocker"), ("knocking", "knock"),
        ("knocks", "knock"), ("knopp", "knopp"), ("knot", "knot"), ("knots", "knot"),
        ("skies", "sky"), ("dying", "die"), ("news", "news"), ("ties", "tie"), ("cries", "cri"), ("gas", "gas"),
        ("gaps", "gap"), ("hopping", "hop"), ("hoped", "hope"), ("generously", "generous"), ("strikes", "strike"),
        ("striking", "strike"), ("organised", "organis"), ("organising", "organis"), ("organisation", "organis"),
        ("happy", "happi"), ("by", "by"), ("say", "say"), ("exceed", "exceed"), ("succeeding", "succeed"),
    ];

    /// <summary>Text the tokenizer must split the same way in C# and JavaScript.</summary>
    public const string Text = """
        Café, CAFÉ and cafe; naïve coöperation; Straße, Æsir, Œuvre, Øresund, Łódź, Đorđe, þorn, İstanbul, ıslak.
        Don't stop: the workers' union, O’Brien's “quotes” — dashes–and–rules; e-mail; 1,000.50 and 1917's 3rd.
        Москва, рабочие и Петроград: ЗАБАСТОВКА! Ёлка. ΟΔΥΣΣΕΥΣ και Σίσυφος. Ελλάς. עברית ועוד. العربية نص.
        東京都の労働者 日本語のテキスト、カタカナ。中文文本。한국어 텍스트. ไทย ภาษา. हिन्दी भाषा.
        ﬁne ﬂoor ½ x² ℌ ⅻ № ™ Ǆemal ǅ 𝐁𝐨𝐥𝐝 𠀀𠀁 tab	here
        averyveryveryveryveryveryveryveryverylongwordthatnobodysearchesfor short
        """;
}
