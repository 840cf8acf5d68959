using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Broadsheet.Render.Strings;

/// <summary>
/// The templates' <c>t</c>: <c>{{ t "more_articles" topic.title }}</c> prints the theme's string in the site's language
/// with the values in its places, escaped (an <c>include</c> or a body given as a value stays HTML);
/// <c>{{ t "articles" topic.count }}</c> takes the plural form for the count.
/// </summary>
public sealed class TranslateFunction(ThemeStrings strings) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count == 0 || arguments[0] is not string key)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "t needs the name of a string of the theme, in quotes: {{ t \"search\" }}");
        }

        if (!strings.Has(key))
        {
            throw new ScriptRuntimeException(
                callerContext?.Span ?? default,
                $"'{key}' is not a string of the theme{Diagnostics.Suggest.Hint(key, strings.Keys)}; the strings are in i18n/en.yml");
        }

        return strings.Html(key, arguments.Skip(1).ToArray());
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
