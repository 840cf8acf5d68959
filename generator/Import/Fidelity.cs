namespace Broadsheet.Import;

/// <summary>How much of a source body an imported article kept: its words, images and links, before and after.</summary>
/// <param name="Missing">A few of the words lost, the most frequent first, to show where to look.</param>
public sealed record Fidelity(string Origin, string SitePath, int SourceWords, int KeptWords, int SourceImages, int Images, int SourceLinks, int Links, string Missing = "")
{
    /// <summary>The share of the source's words found in the imported body, 1 for a body with no words.</summary>
    public double Ratio => SourceWords == 0 ? 1 : (double)KeptWords / SourceWords;
}
