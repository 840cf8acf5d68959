using Broadsheet.Model;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>
/// The share links of a page (site.yml's <c>share:</c>): plain addresses with the page's own and its title in them, for the
/// reader to follow; nothing is loaded from another site until they do. Mastodon has no one address: its link goes through
/// Share₂Fedi (s2f.kytta.dev), which asks the reader for their own instance, as dev.to and shareon do.
/// </summary>
public static class ShareLinks
{
    /// <param name="email">What the language calls an email link ("Email", "E-post").</param>
    public static IReadOnlyList<ShareLinkView> Of(ShareSettings? settings, string? address, string title, string email = "Email")
    {
        if (settings is null || address is null)
        {
            return [];
        }

        var url = Uri.EscapeDataString(address);
        var text = Uri.EscapeDataString(title);
        return settings.Services.Select(service => service switch
        {
            "email" => new ShareLinkView(service, email, $"mailto:?subject={text}&body={url}"),
            "mastodon" => new ShareLinkView(service, "Mastodon", $"https://s2f.kytta.dev/?text={text}%20{url}"),
            "bluesky" => new ShareLinkView(service, "Bluesky", $"https://bsky.app/intent/compose?text={text}%20{url}"),
            "facebook" => new ShareLinkView(service, "Facebook", $"https://www.facebook.com/sharer/sharer.php?u={url}"),
            "x" => new ShareLinkView(service, "X", $"https://x.com/intent/tweet?text={text}&url={url}"),
            "linkedin" => new ShareLinkView(service, "LinkedIn", $"https://www.linkedin.com/sharing/share-offsite/?url={url}"),
            _ => throw new InvalidOperationException($"no share link for '{service}'"),
        }).ToList();
    }
}
