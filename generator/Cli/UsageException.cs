namespace Broadsheet.Cli;

/// <summary>The command line was wrong: printed with the help of the command it named, exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Every problem found, one line each; the message is the first.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The help of the command that was mistyped, to print after the problems.</summary>
    public string Help { get; init; } = "";
}
