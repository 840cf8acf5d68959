namespace Broadsheet.Cli.Output;

/// <summary>ANSI colours for one output stream; when disabled every method returns its text unchanged.</summary>
public sealed record TextStyle(bool Enabled)
{
    public static TextStyle Plain { get; } = new(false);

    public string Bold(string text) => Paint(text, "1");

    public string Dim(string text) => Paint(text, "2");

    public string Red(string text) => Paint(text, "1;31");

    public string Yellow(string text) => Paint(text, "1;33");

    public string Green(string text) => Paint(text, "1;32");

    public string Blue(string text) => Paint(text, "1;34");

    private string Paint(string text, string code) => Enabled && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
