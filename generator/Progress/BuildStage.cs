namespace Broadsheet.Progress;

/// <summary>The stages of a build, in the order they run; Render includes Write, which happens page by page with it.</summary>
public enum BuildStage
{
    Load,
    Model,
    Link,
    Render,
    Check,
}
