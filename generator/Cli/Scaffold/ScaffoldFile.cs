namespace Broadsheet.Cli.Scaffold;

/// <summary>A file <c>broadsheet new</c> is about to create: its path (relative to the working folder) and its text.</summary>
public sealed record ScaffoldFile(string Path, string Text);
