namespace Broadsheet.Cli;

/// <summary>A command refused to do what was asked, for a reason the user can fix: printed as one error line, no stack trace.</summary>
public sealed class CommandFailedException : Exception
{
    public CommandFailedException()
    {
    }

    public CommandFailedException(string message)
        : base(message)
    {
    }

    public CommandFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CommandFailedException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; } = Cli.ExitCode.ContentErrors;
}
