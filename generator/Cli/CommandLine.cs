using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Broadsheet.Cli.Output;
using Broadsheet.Diagnostics;

namespace Broadsheet.Cli;

/// <summary>
/// Parses the arguments of <c>broadsheet</c> into a command with System.CommandLine: every command and option has help,
/// and an unknown option, command or argument is an error with the nearest valid one suggested.
/// </summary>
public sealed partial class CommandLine
{
    private readonly RootCommand _root = new("Broadsheet builds a newspaper archive of Markdown articles into a static site");
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print only errors and warnings", Recursive = true };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Print each stage as it runs, with its timing and the memory it allocated", Recursive = true };
    private readonly Dictionary<Command, Func<ParseResult, ICommand>> _actions = [];
    private readonly Dictionary<Command, string[]> _examples = [];

    private static readonly string[] ExitCodes =
    [
        "  0  done",
        "  1  errors in the content or templates, each listed as path:line:column: error: message",
        "  2  a wrong command line",
        "  3  an internal error: a bug in broadsheet; please report it with what it printed",
    ];

    private CommandLine(int width)
    {
        _root.HelpName = "broadsheet";
        _root.Options.Add(_quiet);
        _root.Options.Add(_verbose);
        foreach (var help in _root.Options.OfType<HelpOption>())
        {
            ((HelpAction)help.Action!).MaxWidth = width;
        }

        AddBuild();
        AddCheck();
        AddServe();
        AddNew();
        AddImport();
        AddTheme();
        _examples[_root] = ["broadsheet build", "broadsheet serve", "broadsheet new article \"Title\" --issue 2025-11-05 --section news", "broadsheet build --help"];
    }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> when they are wrong.</summary>
    /// <param name="width">Columns to wrap help text at.</param>
    public static ParsedCommand Parse(IReadOnlyList<string> args, int width = 100) => new CommandLine(width).ParseArguments(args);

    private ParsedCommand ParseArguments(IReadOnlyList<string> args)
    {
        // "broadsheet help build" is "broadsheet build --help", as in git and dotnet.
        if (args.Count > 0 && args[0] == "help")
        {
            args = [.. args.Skip(1), "--help"];
        }

        var result = _root.Parse(args);
        var command = result.CommandResult.Command;
        if (result.Action is HelpAction)
        {
            return new ParsedCommand(new HelpCommand(HelpOf(command)), Verbosity.Normal);
        }

        var problems = Problems(result);
        if (result.GetValue(_quiet) && result.GetValue(_verbose))
        {
            problems.Add("--quiet and --verbose cannot be used together");
        }

        if (problems.Count > 0)
        {
            throw new UsageException(problems[0]) { Problems = problems, Help = ShortHelpOf(command) };
        }

        var verbosity = result.GetValue(_quiet) ? Verbosity.Quiet : result.GetValue(_verbose) ? Verbosity.Verbose : Verbosity.Normal;
        if (_root.Options.OfType<VersionOption>().Any(o => result.GetResult(o) is not null))
        {
            return new ParsedCommand(new VersionCommand(), verbosity);
        }

        return new ParsedCommand(_actions[command](result), verbosity);
    }

    /// <summary>Adds a command under <paramref name="parent"/> (the root when null) with what it runs and examples for its help.</summary>
    private void Add(Command command, Func<ParseResult, ICommand> action, string[] examples, Command? parent = null)
    {
        (parent ?? _root).Subcommands.Add(command);
        _actions[command] = action;
        _examples[command] = examples;
    }

    private List<string> Problems(ParseResult result)
    {
        var command = result.CommandResult.Command;
        if (result.UnmatchedTokens.Count > 0)
        {
            return Unknowns(result.UnmatchedTokens, result.CommandResult);
        }

        if (result.Errors.Count > 0 && !_actions.ContainsKey(command) && command.Subcommands.Count > 0)
        {
            return [$"{NameOf(result.CommandResult)} needs a command: {Choices(command)}"];
        }

        return result.Errors.Select(e => Sentence(e.Message)).ToList();
    }

    /// <summary>
    /// One error per mistake, not its echoes: the value after an unknown option is that option's, and the words after an
    /// unknown command are that command's arguments, so neither is reported again as an argument nobody expected.
    /// </summary>
    private static List<string> Unknowns(IReadOnlyList<string> tokens, CommandResult where)
    {
        var problems = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            problems.Add(Unknown(tokens[i], where));
            var isOption = tokens[i].StartsWith('-');
            if (!isOption && where.Command.Subcommands.Count > 0)
            {
                break;
            }

            if (isOption && i + 1 < tokens.Count && !tokens[i + 1].StartsWith('-'))
            {
                i++;
            }
        }

        return problems;
    }

    private static string Unknown(string token, CommandResult where)
    {
        var command = where.Command;
        if (token.StartsWith('-'))
        {
            var options = OptionsOf(where).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            return $"unknown option '{token}' for {NameOf(where)}{Suggest.Hint(token, options)}";
        }

        if (command.Subcommands.Count > 0)
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            var hint = Suggest.Hint(token, names);
            return $"unknown command '{token}' for {NameOf(where)}{(hint.Length > 0 ? hint : $"; choose {Choices(command)}")}";
        }

        return $"unexpected argument '{token}' for {NameOf(where)}; it takes {ArgumentsOf(command)}";
    }

    /// <summary>The options a command accepts: its own and those its ancestors pass down (--quiet, --verbose, --help).</summary>
    private static IEnumerable<Option> OptionsOf(CommandResult where)
    {
        var own = where.Command.Options.AsEnumerable();
        for (var parent = where.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            own = own.Concat(parent.Command.Options.Where(o => o.Recursive));
        }

        return own;
    }

    private static string ArgumentsOf(Command command) => command.Arguments.Count switch
    {
        0 => "no arguments, only options",
        _ => string.Join(" ", command.Arguments.Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"{a.Name}..." : a.Name)) + " at most",
    };

    private static string Choices(Command command)
    {
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
    }

    /// <summary>"broadsheet new article": the command as the user typed it.</summary>
    private static string NameOf(CommandResult where)
    {
        var names = new List<string>();
        for (CommandResult? result = where; result is not null; result = result.Parent as CommandResult)
        {
            names.Insert(0, result.Parent is null ? "broadsheet" : result.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>System.CommandLine's messages are sentences; ours are lower-case clauses, as compilers print them.</summary>
    private static string Sentence(string message)
    {
        var text = message.TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>The help of a command, as <c>--help</c> prints it, followed by its examples (and, for the root, the exit codes).</summary>
    private string HelpOf(Command command)
    {
        using var writer = new StringWriter();
        _root.Parse([.. PathOf(command), "--help"]).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()).ToList();
        if (_examples.TryGetValue(command, out var examples) && examples.Length > 0)
        {
            lines.AddRange(["", "Examples:", .. examples.Select(e => "  " + e)]);
        }

        if (command == _root)
        {
            lines.AddRange(["", "Exit codes:", .. ExitCodes]);
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>After a mistake: the usage lines of the command and where to find the rest.</summary>
    private string ShortHelpOf(Command command)
    {
        var usage = HelpOf(command).Split('\n').SkipWhile(line => line != "Usage:").TakeWhile(line => line.Length > 0);
        var name = string.Join(' ', PathOf(command).Prepend("broadsheet"));
        return string.Join('\n', usage) + $"\n\nRun '{name} --help' for every option and an example.\n";
    }

    private List<string> PathOf(Command command)
    {
        var path = new List<string>();
        for (var c = command; c != _root; c = c.Parents.OfType<Command>().First())
        {
            path.Insert(0, c.Name);
        }

        return path;
    }
}
