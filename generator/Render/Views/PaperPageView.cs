namespace Broadsheet.Render.Views;

/// <summary>What <c>page.html</c> sees: a page of the paper's own, its body rendered.</summary>
public sealed record PaperPageView(string Title, string? Description, RawHtml? Body);
