namespace Broadsheet.Search;

/// <summary>The postings of one term, written as articles are added in id order.</summary>
/// <param name="capacity">About how many characters the postings will take, when known (a term being changed).</param>
internal sealed class TermAccumulator(bool withPositions, int capacity = 16, int positionsCapacity = 16)
{
    private readonly AsciiBuilder _postings = new(capacity);
    private readonly AsciiBuilder _positions = new(withPositions ? positionsCapacity : 0);
    private int _last = -1;

    public int Count { get; private set; }

    /// <summary>The article added last; -1 for none.</summary>
    public int Last => _last;

    public void Add(int document, int code, List<int> positions)
    {
        VarChars.Append(_postings, document - _last - 1);
        VarChars.Append(_postings, code);
        _last = document;
        Count++;
        if (!withPositions)
        {
            return;
        }

        VarChars.Append(_positions, positions.Count);
        var previous = -1;
        foreach (var position in positions)
        {
            VarChars.Append(_positions, position - previous - 1);
            previous = position;
        }
    }

    /// <summary>Adds a posting whose code and positions are already written, as another term's postings hold them.</summary>
    public void AddWritten(int document, ReadOnlySpan<char> code, ReadOnlySpan<char> positions)
    {
        VarChars.Append(_postings, document - _last - 1);
        _postings.Append(code);
        _positions.Append(positions);
        _last = document;
        Count++;
    }

    /// <summary>
    /// Adds the rest of another term's postings as they are written, their first gap counted from the article added last:
    /// right only when that article is the one they followed there.
    /// </summary>
    public void AddRest(ReadOnlySpan<char> postings, ReadOnlySpan<char> positions, int count)
    {
        _postings.Append(postings);
        _positions.Append(positions);
        Count += count;
    }

    /// <summary>The term with these postings, which it keeps as they are: nothing is added to them after.</summary>
    public SearchTerm ToTerm(string term) => new(term, this);

    public string PostingsText() => _postings.ToString();

    public string PositionsText() => _positions.ToString();

    public int PostingsLength => _postings.Length;

    public ReadOnlySpan<byte> PostingsBytes => _postings.Bytes;

    public ReadOnlySpan<byte> PositionsBytes => _positions.Bytes;
}
