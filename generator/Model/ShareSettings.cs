using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>site.yml's <c>share:</c>: the services an article offers plain share links to, in the order written.</summary>
/// <param name="Location">Where <c>share</c> is written: without a base URL, the one warning that the links are left out goes there.</param>
public sealed record ShareSettings(IReadOnlyList<string> Services, SourceLocation Location)
{
    /// <summary>Every service a share link can be made for.</summary>
    public static readonly IReadOnlyList<string> Known = ["email", "mastodon", "bluesky", "facebook", "x", "linkedin"];

    /// <summary>Reads <c>share</c> from site.yml; null when it is absent or empty. An unknown service is an error with the nearest name.</summary>
    public static ShareSettings? Read(FrontMatterReader site)
    {
        var services = new List<string>();
        foreach (var (name, location) in site.TextList("share"))
        {
            var service = name.ToLowerInvariant();
            if (!Known.Contains(service))
            {
                site.Error(location, $"unknown share service '{name}'{Suggest.HintOrList(service, Known, "services")}");
            }
            else if (!services.Contains(service))
            {
                services.Add(service);
            }
        }

        return services.Count == 0 ? null : new ShareSettings(services, site.AtValueOrStart("share"));
    }

    /// <summary>A share link must carry the page's absolute address: without a base URL there are none, and one warning says so.</summary>
    public static void WarnWithoutAddress(Site site, DiagnosticBag diagnostics)
    {
        if (site.Share is { } share && site.BaseUrl is null)
        {
            diagnostics.Warning(share.Location, "share links need the site's address, so they are left out; set base_url in site.yml or pass --base-url");
        }
    }
}
