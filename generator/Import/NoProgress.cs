namespace Broadsheet.Import;

/// <summary>Progress nobody watches.</summary>
public sealed class NoProgress : IImportProgress
{
    public static readonly NoProgress Instance = new();

    public void Reading(string text)
    {
    }

    public void Started(int total)
    {
    }

    public void ArticleDone()
    {
    }
}
