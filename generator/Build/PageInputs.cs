using Broadsheet.Check;
using Broadsheet.Render.Markdown;
using Broadsheet.Search;

namespace Broadsheet.Build;

/// <summary>What the pages stage works with besides the graph: what the last build left, and where this one notes its links.</summary>
/// <param name="Targets">The graph's link targets, noting what each body's links ask (for <paramref name="BodyKeys"/>).</param>
/// <param name="Origins">Where each link written in Markdown came from, for the Check stage's messages.</param>
/// <param name="ChangedProse">
/// When the model has the shape the previous build's had, the Markdown texts that changed since: a page whose fingerprint
/// held none of them is kept without even making its views. Null when the shape changed (or there is no previous build).
/// </param>
/// <param name="StaticFiles">The static files by size and time, which the issues' books are made with.</param>
/// <param name="SearchStore">The search analyses kept from the last build; null to analyse every article.</param>
/// <param name="Notes">Told each page rendered, as it is, for the Check stage.</param>
public sealed record PageInputs(
    RecordingLinkTargets Targets,
    BodyKeys BodyKeys,
    LinkOrigins Origins,
    IReadOnlySet<string>? ChangedProse,
    string StaticFiles,
    SearchAnalysisStore? SearchStore,
    PageNotes Notes);
