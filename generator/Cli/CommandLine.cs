namespace Broadsheet.Cli;

/// <summary>Parses the arguments of <c>broadsheet</c> into a command.</summary>
public static class CommandLine
{
    public static ICommand Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no command given");
        }

        return args[0] switch
        {
            "--help" or "-h" or "help" => new HelpCommand(),
            "--version" => new VersionCommand(),
            "build" => new BuildCommand(ParseBuild(args.Skip(1).ToList())),
            "check" => new CheckCommand(ParseCheck(args.Skip(1).ToList())),
            _ => throw new UsageException($"unknown command '{args[0]}'"),
        };
    }

    private static BuildOptions ParseBuild(List<string> args)
    {
        var options = new BuildOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--source" => options with { Source = Value(args, ref i) },
                "--templates" => options with { Templates = Value(args, ref i) },
                "--output" => options with { Output = Value(args, ref i) },
                "--base-url" => options with { BaseUrl = Value(args, ref i) },
                "--drafts" => options with { Drafts = true },
                "--warnings-as-errors" => options with { WarningsAsErrors = true },
                _ => throw new UsageException($"unknown option '{args[i]}' for build"),
            };
        }

        return options;
    }

    private static string ParseCheck(List<string> args) => args.Count switch
    {
        0 => "output",
        1 when !args[0].StartsWith('-') => args[0],
        _ => throw new UsageException("check takes at most one folder"),
    };

    private static string Value(List<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }
}
