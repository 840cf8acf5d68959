namespace Broadsheet.Progress;

/// <summary>
/// The stages of a build, in the order they run. Render includes Write, which happens page by page with it, and the
/// feeds and static files; Search and Books render and write the search index and the issues' EPUBs.
/// </summary>
public enum BuildStage
{
    Load,
    Model,
    Graph,
    Render,
    Search,
    Books,
    Images,
    Check,
}
