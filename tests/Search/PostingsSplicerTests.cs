using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class PostingsSplicerTests
{
    /// <summary>A term's postings written from scratch, as a full build writes them.</summary>
    private static SearchTerm? Written(SortedDictionary<int, (int Code, List<int> Positions)> postings, bool withPositions)
    {
        if (postings.Count == 0)
        {
            return null;
        }

        var accumulator = new TermAccumulator(withPositions);
        foreach (var (document, (code, positions)) in postings)
        {
            accumulator.Add(document, code, withPositions ? positions : DocumentTerms.NoPositions);
        }

        return accumulator.ToTerm("strike");
    }

    private static (int Code, List<int> Positions) Posting(Random random) =>
        (random.Next(1, 4000), Enumerable.Range(0, random.Next(1, 5)).Select(i => (i * 97) + random.Next(90)).ToList());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Postings_changed_added_and_removed_anywhere_come_out_as_written_from_scratch(bool withPositions)
    {
        var random = new Random(1926);
        for (var round = 0; round < 300; round++)
        {
            // Ids far apart too, so that gaps take two and three characters.
            var span = random.Next(2) == 0 ? 40 : 200_000;
            var postings = new SortedDictionary<int, (int, List<int>)>();
            for (var n = random.Next(0, 30); n > 0; n--)
            {
                postings[random.Next(span)] = Posting(random);
            }

            var before = Written(postings, withPositions);
            var candidates = postings.Keys.Concat(Enumerable.Range(0, 5).Select(_ => random.Next(span)));
            var changed = candidates.Where(_ => random.Next(3) == 0).Distinct().Order().ToList();
            var added = new List<(int, int, List<int>)>();
            foreach (var id in changed)
            {
                postings.Remove(id);
                if (random.Next(2) == 0)
                {
                    var posting = Posting(random);
                    postings[id] = posting;
                    added.Add((id, posting.Code, posting.Positions));
                }
            }

            var spliced = PostingsSplicer.Splice("strike", before, changed, added, withPositions);

            Assert.Equal(Written(postings, withPositions), spliced);
        }
    }
}
