namespace Broadsheet.Import;

/// <summary>Told how a long import goes: how many articles there are to convert, and each one done.</summary>
public interface IImportProgress
{
    /// <summary>A step before the articles are converted, e.g. the first reading of an export.</summary>
    void Reading(string text);

    void Started(int total);

    void ArticleDone();
}
