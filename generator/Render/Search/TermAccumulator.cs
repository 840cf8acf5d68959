using System.Text;

namespace Broadsheet.Render.Search;

/// <summary>The postings of one term, written as articles are added in id order.</summary>
internal sealed class TermAccumulator(bool withPositions)
{
    private readonly StringBuilder _postings = new();
    private readonly StringBuilder _positions = new();
    private int _last = -1;

    public int Count { get; private set; }

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

    public SearchTerm ToTerm(string term) => new(term, Count, _postings.ToString(), _positions.ToString());
}
