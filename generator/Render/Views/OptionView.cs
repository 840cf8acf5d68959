namespace Broadsheet.Render.Views;

/// <summary>One choice of a filter on the search page: the value in the page's address and the name a reader sees.</summary>
public sealed record OptionView(string Value, string Title);
