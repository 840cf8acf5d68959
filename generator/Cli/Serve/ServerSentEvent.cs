namespace Broadsheet.Cli.Serve;

/// <summary>Formats one server-sent event: its name, then its data, a <c>data:</c> line per line of text.</summary>
public static class ServerSentEvent
{
    public static string Format(string name, string data) =>
        $"event: {name}\n" + string.Concat(data.ReplaceLineEndings("\n").Split('\n').Select(line => $"data: {line}\n")) + "\n";
}
