namespace Broadsheet.Cli;

/// <summary>The exit codes of the <c>broadsheet</c> command.</summary>
public static class ExitCode
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
}
