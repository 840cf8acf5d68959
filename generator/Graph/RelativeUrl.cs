namespace Broadsheet.Graph;

/// <summary>Makes the link from one output file to another: relative, naming a file, so it works from disk and under any sub-path.</summary>
public static class RelativeUrl
{
    // Characters a path segment or fragment keeps as they are (RFC 3986's unreserved); '/' separates segments.
    private static readonly System.Buffers.SearchValues<char> Plain =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    /// <summary>The URL that leads from the page at <paramref name="fromPage"/> to <paramref name="toPath"/> (both output paths with '/').</summary>
    /// <remarks>Made for every link of every page, so without splitting either path: only what differs is copied.</remarks>
    public static string Between(string fromPage, string toPath, string? fragment = null)
    {
        // Just past the last '/' up to which both paths agree: the folder they share.
        var shared = 0;
        for (var i = 0; i < fromPage.Length && i < toPath.Length && fromPage[i] == toPath[i]; i++)
        {
            if (fromPage[i] == '/')
            {
                shared = i + 1;
            }
        }

        var ups = fromPage.AsSpan(shared).Count('/');
        var rest = toPath.AsSpan(shared);
        if (!rest.ContainsAnyExcept(Plain))
        {
            // Most links: written straight into the string, with nothing to escape but perhaps the fragment.
            var escaped = string.IsNullOrEmpty(fragment) ? null : Uri.EscapeDataString(fragment);
            var length = (ups * 3) + rest.Length + (escaped is null ? 0 : escaped.Length + 1);
            return string.Create(length, (toPath, shared, ups, escaped), static (chars, state) =>
            {
                var at = 0;
                for (var i = 0; i < state.ups; i++, at += 3)
                {
                    "../".CopyTo(chars[at..]);
                }

                state.toPath.AsSpan(state.shared).CopyTo(chars[at..]);
                if (state.escaped is not null)
                {
                    at += state.toPath.Length - state.shared;
                    chars[at] = '#';
                    state.escaped.CopyTo(chars[(at + 1)..]);
                }
            });
        }

        var url = new System.Text.StringBuilder(ups * 3 + rest.Length + 8);
        for (var i = 0; i < ups; i++)
        {
            url.Append("../");
        }

        if (rest.ContainsAnyExcept(Plain))
        {
            foreach (var range in rest.Split('/'))
            {
                url.Append(Uri.EscapeDataString(rest[range])).Append('/');
            }

            url.Length--;
        }
        else
        {
            url.Append(rest);
        }

        if (!string.IsNullOrEmpty(fragment))
        {
            url.Append('#').Append(Uri.EscapeDataString(fragment));
        }

        return url.ToString();
    }

    /// <summary>The prefix that leads from a page back to the root of the site: "" or "../../".</summary>
    public static string ToRoot(string fromPage)
    {
        var depth = fromPage.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}
