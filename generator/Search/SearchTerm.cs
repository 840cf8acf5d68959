namespace Broadsheet.Search;

/// <summary>One term of the index with its postings, both written in <see cref="VarChars"/>.</summary>
/// <remarks>
/// A term this build made keeps its postings as the ASCII bytes they were written in, and gives them as a string each time
/// it is asked, for the moment the string is needed: an archive's postings are held once, at a byte a character.
/// </remarks>
public sealed record SearchTerm
{
    private readonly string? _postings;
    private readonly string? _positions;
    private readonly TermAccumulator? _written;

    /// <param name="postings">For each article that has the term, in id order: the gap from the previous id (less one), then
    /// its count in the body times 4, plus 2 when it is in the title or standfirst, plus 1 when it is in the authors, topics, section or issue.</param>
    /// <param name="positions">For each of those articles, in the same order: how many times the term occurs, then its word
    /// positions as gaps (less one); the title, standfirst, names and body follow one another with a one-word gap between them.</param>
    public SearchTerm(string term, int documentCount, string postings, string positions)
    {
        (Term, DocumentCount, _postings, _positions) = (term, documentCount, postings, positions);
    }

    /// <summary>A term with the postings as they were written, no longer added to.</summary>
    internal SearchTerm(string term, TermAccumulator written)
    {
        (Term, DocumentCount, _written) = (term, written.Count, written);
    }

    public string Term { get; }

    public int DocumentCount { get; }

    public string Postings => _postings ?? _written!.PostingsText();

    public string Positions => _positions ?? _written!.PositionsText();

    /// <summary>The length of <see cref="Postings"/>, without making the string.</summary>
    public int PostingsLength => _postings?.Length ?? _written!.PostingsLength;

    public bool Equals(SearchTerm? other) =>
        other is not null && Term == other.Term && DocumentCount == other.DocumentCount && Postings == other.Postings && Positions == other.Positions;

    public override int GetHashCode() => HashCode.Combine(Term, DocumentCount, Postings, Positions);
}
