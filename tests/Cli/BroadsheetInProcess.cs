using Broadsheet.Cli.Output;

namespace Broadsheet.Tests.Cli;

/// <summary>
/// Runs the program's own entry point, <see cref="Program.Run"/>, in the test's process: what <see cref="BroadsheetProcess"/>
/// does without starting one, for tests that run it many times. Both streams are plain text, as when redirected.
/// </summary>
/// <remarks>
/// The program reads paths relative to the working folder, which is the process's: a test that uses this must be in
/// <see cref="WorkingFolderTests"/>, so that no other test runs while the folder is changed.
/// </remarks>
internal static class BroadsheetInProcess
{
    public static BroadsheetProcess.Result Run(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = workingDirectory;
        int exitCode;
        try
        {
            exitCode = Program.Run(args, Terminal.Plain(stdout, stderr));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        return new BroadsheetProcess.Result(exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }
}
