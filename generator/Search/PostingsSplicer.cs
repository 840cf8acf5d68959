namespace Broadsheet.Search;

/// <summary>
/// Changes a few articles' postings in a term as written (<see cref="SearchTerm"/>), without reading the rest back: the
/// postings before the first change and after the last are copied as they are, and only the gap of the posting that
/// follows a change is written again, into the same <see cref="TermAccumulator"/> a build from scratch writes with, so
/// what it makes is the same, character for character (every number has one way to be written in <see cref="VarChars"/>).
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
        var output = new TermAccumulator(withPositions, postings.Length + 16, positions.Length + 16);
        var (read, document, at, positionsAt, nextChanged, nextAdded) = (0, -1, 0, 0, 0, 0);
        while (at < postings.Length)
        {
            if (nextChanged == changed.Count && nextAdded == added.Count && output.Last == document)
            {
                // Nothing changes from here on, not even the gap from the article before: the rest is copied.
                output.AddRest(postings.AsSpan(at), withPositions ? positions.AsSpan(positionsAt) : default, term!.DocumentCount - read);
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
                output.Add(added[nextAdded].Document, added[nextAdded].Code, added[nextAdded].Positions);
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

            output.AddWritten(document, postings.AsSpan(codeAt, at - codeAt), positions.AsSpan(positionsFrom, positionsAt - positionsFrom));
        }

        for (; nextAdded < added.Count; nextAdded++)
        {
            output.Add(added[nextAdded].Document, added[nextAdded].Code, added[nextAdded].Positions);
        }

        return output.Count == 0 ? null : output.ToTerm(name);
    }
}
