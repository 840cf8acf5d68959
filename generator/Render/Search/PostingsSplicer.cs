using System.Text;

namespace Broadsheet.Render.Search;

/// <summary>
/// Changes a few articles' postings in a term as written (<see cref="SearchTerm"/>), without reading the rest back: the
/// postings before the first change and after the last are copied as they are, and only the gap of the posting that
/// follows a change is written again. What it makes is what <see cref="TermAccumulator"/> writes for the same postings,
/// character for character, as every number has one way to be written in <see cref="VarChars"/>.
/// </summary>
internal static class PostingsSplicer
{
    /// <param name="term">The term as the last build had it, or null for a term no article had.</param>
    /// <param name="changed">The articles whose postings are replaced, in id order; those of them not in <paramref name="added"/> lose theirs.</param>
    /// <param name="added">The new postings of changed articles that have the term, in id order.</param>
    /// <returns>The term with its postings changed; null when no article has it any more.</returns>
    public static SearchTerm? Splice(
        string name,
        SearchTerm? term,
        IReadOnlyList<int> changed,
        IReadOnlyList<(int Document, int Code, List<int> Positions)> added,
        bool withPositions)
    {
        var (postings, positions) = (term?.Postings ?? "", term?.Positions ?? "");
        var postingsOut = new StringBuilder(postings.Length + 16);
        var positionsOut = new StringBuilder(withPositions ? positions.Length + 16 : 0);
        var (count, read) = (0, 0);
        var (last, document, at, positionsAt, nextChanged, nextAdded) = (-1, -1, 0, 0, 0, 0);

        void Add((int Document, int Code, List<int> Positions) posting)
        {
            VarChars.Append(postingsOut, posting.Document - last - 1);
            VarChars.Append(postingsOut, posting.Code);
            if (withPositions)
            {
                VarChars.Append(positionsOut, posting.Positions.Count);
                var previous = -1;
                foreach (var position in posting.Positions)
                {
                    VarChars.Append(positionsOut, position - previous - 1);
                    previous = position;
                }
            }

            last = posting.Document;
            count++;
        }

        while (at < postings.Length)
        {
            if (nextChanged == changed.Count && nextAdded == added.Count && last == document)
            {
                // Nothing changes from here on, not even the gap from the article before: the rest is copied.
                postingsOut.Append(postings, at, postings.Length - at);
                positionsOut.Append(positions, positionsAt, withPositions ? positions.Length - positionsAt : 0);
                count += term!.DocumentCount - read;
                break;
            }

            document += VarChars.Read(postings, ref at) + 1;
            read++;
            var codeAt = at;
            VarChars.Read(postings, ref at);
            var positionsFrom = positionsAt;
            if (withPositions)
            {
                for (var n = VarChars.Read(positions, ref positionsAt); n > 0; n--)
                {
                    VarChars.Read(positions, ref positionsAt);
                }
            }

            for (; nextAdded < added.Count && added[nextAdded].Document < document; nextAdded++)
            {
                Add(added[nextAdded]);
            }

            while (nextChanged < changed.Count && changed[nextChanged] < document)
            {
                nextChanged++;
            }

            if (nextChanged < changed.Count && changed[nextChanged] == document)
            {
                // This article's old posting is dropped; its new one, if any, is added when the next one is read.
                continue;
            }

            VarChars.Append(postingsOut, document - last - 1);
            postingsOut.Append(postings, codeAt, at - codeAt);
            positionsOut.Append(positions, positionsFrom, positionsAt - positionsFrom);
            last = document;
            count++;
        }

        for (; nextAdded < added.Count; nextAdded++)
        {
            Add(added[nextAdded]);
        }

        return count == 0 ? null : new SearchTerm(name, count, postingsOut.ToString(), positionsOut.ToString());
    }
}
