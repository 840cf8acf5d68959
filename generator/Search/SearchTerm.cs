using System.Text;

namespace Broadsheet.Search;

/// <summary>One term of the index with its postings, both written in <see cref="VarChars"/>.</summary>
/// <remarks>
/// A term this build made, or read from the last build's index, keeps its postings as the ASCII bytes they were written
/// in, and gives them as a string each time it is asked, for the moment the string is needed: an archive's postings are
/// held once, at a byte a character, and those a build did not touch go back to the cache as the bytes they came as.
/// </remarks>
public sealed record SearchTerm
{
    private readonly string? _postings;
    private readonly string? _positions;
    private readonly TermAccumulator? _written;
    private readonly byte[]? _postingsBytes;
    private readonly byte[]? _positionsBytes;

    /// <param name="postings">For each article that has the term, in id order: the gap from the previous id (less one), then
    /// its count in the body times 4, plus 2 when it is in the title or standfirst, plus 1 when it is in the authors, topics, section or issue.</param>
    /// <param name="positions">For each of those articles, in the same order: how many times the term occurs, then its word
    /// positions as gaps (less one); the title, standfirst, names and body follow one another with a one-word gap between them.</param>
    public SearchTerm(string term, int documentCount, string postings, string positions)
    {
        (Term, DocumentCount, _postings, _positions) = (term, documentCount, postings, positions);
    }

    /// <summary>A term with its postings as the ASCII bytes they were kept in.</summary>
    internal SearchTerm(string term, int documentCount, byte[] postings, byte[] positions)
    {
        (Term, DocumentCount, _postingsBytes, _positionsBytes) = (term, documentCount, postings, positions);
    }

    /// <summary>A term with the postings as they were written, no longer added to.</summary>
    internal SearchTerm(string term, TermAccumulator written)
    {
        (Term, DocumentCount, _written) = (term, written.Count, written);
    }

    public string Term { get; }

    public int DocumentCount { get; }

    public string Postings => _postings ?? (_postingsBytes is { } bytes ? Encoding.ASCII.GetString(bytes) : _written!.PostingsText());

    public string Positions => _positions ?? (_positionsBytes is { } bytes ? Encoding.ASCII.GetString(bytes) : _written!.PositionsText());

    /// <summary>The length of <see cref="Postings"/>, without making the string.</summary>
    public int PostingsLength => _postings?.Length ?? _postingsBytes?.Length ?? _written!.PostingsLength;

    /// <summary>Writes <see cref="Postings"/> and <see cref="Positions"/> as a <see cref="BinaryWriter"/> writes strings, from the bytes they are kept in.</summary>
    internal void WriteLists(BinaryWriter writer)
    {
        if (_postings is not null)
        {
            writer.Write(_postings);
            writer.Write(_positions!);
            return;
        }

        WriteAscii(writer, _postingsBytes is { } postings ? postings : _written!.PostingsBytes);
        WriteAscii(writer, _positionsBytes is { } positions ? positions : _written!.PositionsBytes);
    }

    /// <summary>An ASCII text as <see cref="BinaryWriter.Write(string)"/> writes it: its length, then its bytes, which UTF-8 leaves as they are.</summary>
    private static void WriteAscii(BinaryWriter writer, ReadOnlySpan<byte> text)
    {
        writer.Write7BitEncodedInt(text.Length);
        writer.Write(text);
    }

    public bool Equals(SearchTerm? other) =>
        other is not null && Term == other.Term && DocumentCount == other.DocumentCount && Postings == other.Postings && Positions == other.Positions;

    public override int GetHashCode() => HashCode.Combine(Term, DocumentCount, Postings, Positions);
}
