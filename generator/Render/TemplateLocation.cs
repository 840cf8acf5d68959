using Broadsheet.Diagnostics;
using Scriban.Parsing;

namespace Broadsheet.Render;

/// <summary>Converts Scriban's zero-based positions into our 1-based <see cref="SourceLocation"/>.</summary>
public static class TemplateLocation
{
    public static SourceLocation Of(SourceSpan span, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
