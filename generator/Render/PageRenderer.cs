using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Broadsheet.Render;

/// <summary>Renders one page: its kind's template into <c>content</c>, then the layout around it.</summary>
public sealed class PageRenderer
{
    /// <summary>A page this large means a list that should have been paginated: an error rather than a page no reader can load.</summary>
    public const int MaxPageChars = 10 * 1024 * 1024;

    /// <summary>Enough for an issue of hundreds of articles and a topic of thousands; a runaway loop still stops.</summary>
    public const int LoopLimit = 100_000;

    private readonly TemplateSet _templates;
    private readonly ViewBuilder _views;
    private readonly ScriptObject _builtins;
    private readonly ThemeTemplateLoader _loader;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<(SourceLocation, string), ConcurrentBag<string>> _failures = new();

    // Contexts that rendered a page to the end, each with the output buffer it grew: the next page on any thread takes one
    // instead of building a context and growing a buffer again.
    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];

    public PageRenderer(TemplateSet templates, ViewBuilder views, Strings.ThemeStrings strings, DiagnosticBag diagnostics)
    {
        _templates = templates;
        _views = views;
        _diagnostics = diagnostics;
        _loader = new ThemeTemplateLoader(templates);
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        _builtins.SetValue("include", new RawIncludeFunction(), true);
        _builtins.SetValue("t", new Strings.TranslateFunction(strings), true);
        _builtins.Import("raw", new Func<string, RawHtml>(html => new RawHtml(html)));
    }

    public RenderedPage? Render(Page page, string siteTitle) => Render(Prepare(page, siteTitle));

    /// <summary>A page's views, built but not yet rendered: enough to fingerprint it.</summary>
    public PreparedPage Prepare(Page page, string siteTitle)
    {
        var content = _views.Content(page);
        var site = _views.Site(page);
        var frame = _views.Page(page, content.Title.Length == 0 ? siteTitle : $"{content.Title} \u2014 {siteTitle}", content.Kind, content.Trail);
        return new PreparedPage(page, content, site, frame);
    }

    /// <summary>
    /// A hash of everything the page's templates will see: equal fingerprints (with the same templates) give the
    /// same HTML. A body or summary not yet made counts by what it would be made from.
    /// </summary>
    /// <returns>The hash, and the Markdown texts whose content went into it (<see cref="Common.Fingerprint.Sources"/>).</returns>
    public static (string Hex, IReadOnlyCollection<string> Sources) Fingerprint(PreparedPage prepared)
    {
        var fingerprint = new Fingerprint(MarkdownMode.ContentAndSource)
            .Add(prepared.Content.Template)
            .Mark(prepared.Content.InLayout ? 'L' : '-')
            .AddView(prepared.Site)
            .AddView(prepared.Frame)
            .Add(prepared.Content.Variable)
            .AddView(prepared.Content.View);
        return (fingerprint.Hex(), fingerprint.Sources);
    }

    public RenderedPage? Render(PreparedPage prepared)
    {
        RenderedPage? rendered = null;
        Render(prepared, (outputPath, html) => rendered = new RenderedPage(outputPath, new string(html.Span)));
        return rendered;
    }

    /// <summary>
    /// Renders a page and hands its HTML to <paramref name="use"/> from a buffer of the renderer's, which is only good
    /// during the call: a page written and checked is never made into a string of its own.
    /// </summary>
    /// <returns>False when the page could not be rendered; a template's failure is reported by <see cref="ReportFailures"/>.</returns>
    public bool Render(PreparedPage prepared, Action<string, ReadOnlyMemory<char>> use)
    {
        var (page, content) = (prepared.Page, prepared.Content);
        var template = content.Template;
        var globals = new ScriptObject
        {
            ["site"] = prepared.Site,
            ["page"] = prepared.Frame,
            [content.Variable] = content.View,
        };

        char[] html;
        int length;
        try
        {
            var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
            context.PushGlobal(globals);
            var output = ((StringBuilderOutput)context.Output).Builder;
            RenderInto(_templates[template], context);
            if (content.InLayout)
            {
                // The content stays in the output; the layout, rendered beside it, notes where it goes (DeferContent).
                var inner = new RawHtml(output);
                globals["content"] = inner;
                context.PushOutput(context.Layout);
                context.DeferContent(inner);
                try
                {
                    RenderInto(_templates["layout.html"], context);
                }
                finally
                {
                    context.StopDeferring();
                    context.PopOutput();
                }

                (html, length) = Assemble(context.Layout.Builder, context.ContentAt, output);
                context.Layout.Builder.Clear();
            }
            else
            {
                length = output.Length;
                html = ArrayPool<char>.Shared.Rent(length);
                output.CopyTo(0, html, length);
            }

            output.Clear();

            // A context a template failed in is dropped, with whatever state the failure left in it.
            context.PopGlobal();
            _contexts.Add(context);
        }
        catch (ScriptRuntimeException e) when (Model.SourceChangedException.In(e).Count == 0)
        {
            var key = (TemplateLocation.Of(e.Span, $"templates/{template}"), e.OriginalMessage);
            _failures.GetOrAdd(key, _ => new ConcurrentBag<string>()).Add(page.OutputPath);
            return false;
        }

        try
        {
            if (length > MaxPageChars)
            {
                _diagnostics.Error(
                    SourceLocation.File($"templates/{template}"),
                    $"{page.OutputPath} came out at {length / 1024 / 1024} MB, over the {MaxPageChars / 1024 / 1024} MB limit; paginate the list it shows");
                return false;
            }

            // A theme that leaves the body out still has its links checked, and its summary kept for the lists.
            if (content.View is Views.ArticleView article)
            {
                _ = article.Body.Value;
            }

            use(page.OutputPath, html.AsMemory(0, length));
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(html);
        }
    }

    /// <summary>The layout's text with the content put in at each place it was printed, in a pooled buffer.</summary>
    private static (char[] Html, int Length) Assemble(StringBuilder layout, IReadOnlyList<int> contentAt, StringBuilder content)
    {
        var length = layout.Length + (contentAt.Count * content.Length);
        var html = ArrayPool<char>.Shared.Rent(length);
        var (from, to) = (0, 0);
        foreach (var at in contentAt)
        {
            layout.CopyTo(from, html.AsSpan(to), at - from);
            to += at - from;
            content.CopyTo(0, html.AsSpan(to), content.Length);
            to += content.Length;
            from = at;
        }

        layout.CopyTo(from, html.AsSpan(to), layout.Length - from);
        return (html, length);
    }

    /// <summary>
    /// What <see cref="Template.Render(TemplateContext)"/> does but for copying the output out as a string and emptying it:
    /// the page is left in the context's output buffer. (With no output limit set, Render's tracking of one does nothing.)
    /// </summary>
    private static void RenderInto(Template template, TemplateContext context)
    {
        if (template.HasErrors)
        {
            // Render throws for such a template, saying what its errors are.
            template.Render(context);
        }

        if (template.Page is null)
        {
            return;
        }

        if (template.SourceFilePath is { } path)
        {
            context.PushSourceFile(path);
        }

        try
        {
            context.UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            if (context.Evaluate(template.Page) is { } result && context.EnableOutput)
            {
                context.Write(template.Page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    /// <summary>Whether the templates failed on any page so far.</summary>
    public bool AnyFailed { get; private set; }

    /// <summary>Reports each template failure once, naming the first page it broke and how many others.</summary>
    public void ReportFailures()
    {
        AnyFailed |= !_failures.IsEmpty;
        foreach (var ((location, message), pages) in _failures)
        {
            var sorted = pages.Order(StringComparer.Ordinal).ToList();
            var others = sorted.Count > 1 ? $" and {sorted.Count - 1} other page{(sorted.Count > 2 ? "s" : "")}" : "";
            _diagnostics.Error(location, $"{message} (while rendering {sorted[0]}{others})");
        }

        _failures.Clear();
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext(_builtins)
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            // Scriban cuts longer strings silently; our own page limit above turns size into an error instead.
            LimitToString = 0,
            TemplateLoader = _loader,
            NewLine = "\n",
            // StrictVariables covers variables only; a misspelt member (article.titel) must fail as loudly.
            TryGetMember = (TemplateContext _, Scriban.Parsing.SourceSpan span, object target, string member, out object? value) =>
                throw new ScriptRuntimeException(span, $"'{member}' is not a field of this {ViewNames.Of(target)}; check the spelling"),
        };
        foreach (var (path, template) in _templates.Templates)
        {
            context.CachedTemplates[path] = template;
        }

        // Template.Render empties this buffer after each page and keeps its capacity for the next.
        context.PushOutput(new StringBuilderOutput(new StringBuilder(64 * 1024)));
        return context;
    }
}
