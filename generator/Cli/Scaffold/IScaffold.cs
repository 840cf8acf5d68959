namespace Broadsheet.Cli.Scaffold;

/// <summary>One kind of <c>broadsheet new</c>: plans the files to create, checking what it was given against the archive.</summary>
public interface IScaffold
{
    /// <summary>The archive to check ids against; null for a scaffold that makes a new archive.</summary>
    string? Source { get; }

    /// <summary>Plans the files; throws <see cref="CommandFailedException"/> when an id or value is wrong.</summary>
    ScaffoldPlan Plan(ArchiveIndex? archive);
}
