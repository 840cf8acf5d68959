namespace Broadsheet.Tests.TestSupport;

/// <summary>
/// Values of the <c>Category</c> trait, written once: <c>[Trait("Category", Category.Slow)]</c>.
/// <c>dotnet test --filter "Category!=Slow"</c> runs the fast tests alone.
/// </summary>
public static class Category
{
    /// <summary>Tests that start the program as a process, drive a browser or run an external checker, or take seconds.</summary>
    public const string Slow = "Slow";
}
