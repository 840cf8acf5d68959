using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Broadsheet.Render;

/// <summary>Lets templates include the theme's own partials, by their path in the theme, and nothing else.</summary>
public sealed class ThemeTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = templateName.Replace('\\', '/');
        if (path.StartsWith('/') || path.Split('/').Contains(".."))
        {
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is outside the theme; include files by their path inside templates/");
        }

        if (!templates.Templates.ContainsKey(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"there is no template '{templateName}' in the theme");
        }

        return path;
    }

    // Every template is parsed up front and handed to each context as cached, so Scriban never asks for text.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"there is no template '{templatePath}' in the theme");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
