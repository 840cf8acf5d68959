namespace Broadsheet.Import;

/// <summary>A warning of the import, with what it concerns: a post id (<c>post 123</c>) or a file of the input.</summary>
public sealed record ImportWarning(string Subject, string Message)
{
    public override string ToString() => $"{Subject}: warning: {Message}";
}
