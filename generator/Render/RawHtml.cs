namespace Broadsheet.Render;

/// <summary>HTML that templates print as it is: the rendered body and included partials. Everything else is escaped.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
