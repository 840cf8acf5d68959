using Broadsheet.Check;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Build;

/// <summary>What the pages stage did, and what the stages after it need of it.</summary>
/// <param name="Written">Pages written: not kept, and not rendered into the bytes they already had.</param>
/// <param name="Unseen">Pages kept without making their views.</param>
/// <param name="Notes">Each page rendered, as the Check stage needs it.</param>
/// <param name="BodyKeys">What each body's links asked, which the cache keeps for the next build.</param>
/// <param name="AllRendered">False when the templates failed on a page, which is then missing.</param>
public sealed record PagesResult(int Written, int Unseen, PageNotes Notes, BodyKeys BodyKeys, IReadOnlyDictionary<string, string> Summaries, bool AllRendered = true);
