namespace Broadsheet.Cli.Scaffold;

/// <summary>The files to create, and notes for the user (a guessed issue number, an author name close to a known one).</summary>
public sealed record ScaffoldPlan(IReadOnlyList<ScaffoldFile> Files, IReadOnlyList<string> Notes);
