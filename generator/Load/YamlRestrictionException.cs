using YamlDotNet.Core;

namespace Broadsheet.Load;

/// <summary>Front matter used a YAML feature that Broadsheet refuses; the message says which and what to do.</summary>
public sealed class YamlRestrictionException : Exception
{
    public YamlRestrictionException(Mark start, string problem)
        : base(problem)
    {
        Start = start;
    }

    public YamlRestrictionException()
        : this(Mark.Empty, "a YAML feature front matter may not use")
    {
    }

    public YamlRestrictionException(string message)
        : this(Mark.Empty, message)
    {
    }

    public YamlRestrictionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Start = Mark.Empty;
    }

    /// <summary>Where in the YAML the refused construct starts.</summary>
    public Mark Start { get; }
}
