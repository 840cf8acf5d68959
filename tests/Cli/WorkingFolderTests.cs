namespace Broadsheet.Tests.Cli;

/// <summary>
/// The collection of tests that change the process's working folder (<see cref="BroadsheetInProcess"/>): xunit runs them
/// one at a time, after the tests that run in parallel, so no other test sees the folder changed.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingFolderTests
{
    public const string Name = "Working folder";
}
