namespace Broadsheet.Tests.TestSupport;

/// <summary>Finds the repository's folders from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Tests => Path.Combine(Root, "tests");

    public static string SampleContent => Path.Combine(Root, "site-content");

    /// <summary>The built <c>broadsheet.dll</c>, copied next to the tests by the project reference.</summary>
    public static string BroadsheetDll => Path.Combine(AppContext.BaseDirectory, "broadsheet.dll");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Broadsheet.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Broadsheet.slnx)");
    }
}
