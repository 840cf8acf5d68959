namespace Broadsheet.Import;

/// <summary>Told how a long import goes: how many articles there are to convert, and each one done.</summary>
public interface IImportProgress
{
    void Started(int total);

    void ArticleDone();
}

/// <summary>Progress nobody watches.</summary>
public sealed class NoProgress : IImportProgress
{
    public static readonly NoProgress Instance = new();

    public void Started(int total)
    {
    }

    public void ArticleDone()
    {
    }
}
