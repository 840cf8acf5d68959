using Broadsheet.Graph;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>A page with the views its templates will see, before they are rendered.</summary>
public sealed record PreparedPage(Page Page, PageContent Content, SiteView Site, PageView Frame);
