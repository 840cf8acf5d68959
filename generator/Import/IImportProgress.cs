namespace Broadsheet.Import;

/// <summary>Told how a long import goes: how many articles there are to convert, and each one done.</summary>
public interface IImportProgress
{
    void Started(int total);

    void ArticleDone();
}
