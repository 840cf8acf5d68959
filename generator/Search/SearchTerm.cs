namespace Broadsheet.Search;

/// <summary>One term of the index with its postings, both written in <see cref="VarChars"/>.</summary>
/// <param name="Postings">For each article that has the term, in id order: the gap from the previous id (less one), then
/// its count in the body times 4, plus 2 when it is in the title or standfirst, plus 1 when it is in the authors, topics, section or issue.</param>
/// <param name="Positions">For each of those articles, in the same order: how many times the term occurs, then its word
/// positions as gaps (less one); the title, standfirst, names and body follow one another with a one-word gap between them.</param>
public sealed record SearchTerm(string Term, int DocumentCount, string Postings, string Positions);
